# fish completion for salesaudit. Subcommands and options are read from
# `salesaudit --help` and `salesaudit COMMAND --help`, so they match the installed binary.

function __salesaudit_subcommands
    salesaudit --help 2>/dev/null | awk '/^Subcommands:/ { on = 1; next } on && /^  *[a-z]/ { print $1 } on && /^$/ { on = 0 }'
end

function __salesaudit_options
    set -l words (commandline -opc)
    set -l sub
    for word in $words[2..-1]
        if not string match -q -- '-*' $word
            set sub $word
            break
        end
    end
    salesaudit $sub --help 2>/dev/null | sed -n 's/^  *\(-[^ ]*\).*/\1/p' | tr ',' '\n' | string match -- '--*'
end

complete -c salesaudit -f -n __fish_use_subcommand -a '(__salesaudit_subcommands)'
complete -c salesaudit -l color -x -a 'auto always never'
complete -c salesaudit -n '__fish_seen_subcommand_from export' -l to -x -a 'google-forms surveyjs limesurvey qualtrics markdown'
complete -c salesaudit -n 'string match -q -- "-*" (commandline -ct)' -a '(__salesaudit_options)'
complete -c salesaudit -n 'not __fish_use_subcommand' -F
complete -c salesaudit -n '__fish_seen_subcommand_from serve' -l answers-dir -x -a '(__fish_complete_directories)'
