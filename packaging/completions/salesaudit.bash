# bash completion for salesaudit                                  -*- shell-script -*-
# Subcommands and options are read from `salesaudit --help` and `salesaudit COMMAND --help`
# (cached per shell), so the completion always matches the installed binary.

_salesaudit_help() {
  # $1: the salesaudit executable, $2: subcommand or empty. Prints the help text, cached.
  local key="_salesaudit_cache_${2//[^a-zA-Z0-9]/_}"
  if [[ -z ${!key+set} ]]; then
    local text
    text=$(command "$1" ${2:+"$2"} --help 2>/dev/null)
    printf -v "$key" '%s' "$text"
  fi
  printf '%s\n' "${!key}"
}

_salesaudit_subcommands() {
  _salesaudit_help "$1" "" | awk '/^Subcommands:/ { on = 1; next } on && /^  *[a-z]/ { print $1 } on && /^$/ { on = 0 }'
}

_salesaudit_options() {
  # Option lines start with spaces then "-x,--long" or "--long"; keep every spelling.
  _salesaudit_help "$1" "$2" | sed -n 's/^  *\(-[^ ]*\).*/\1/p' | tr ',' '\n' | grep -- '^-'
}

# Allowed values of an option when CLI11 lists them, e.g. "TEXT:{json,csv}".
_salesaudit_choices() {
  _salesaudit_help "$1" "$2" | grep -E -- "(^|[ ,])$3( |$)" | head -n 1 | sed -n 's/.*:{\([^}]*\)}.*/\1/p' | tr ',' ' '
}

_salesaudit_questionnaire_ids() {
  command "$1" questionnaires 2>/dev/null | awk 'NR > 1 { print $1 }' | sort -u
}

_salesaudit() {
  local cur="${COMP_WORDS[COMP_CWORD]}"
  local prev=""
  ((COMP_CWORD > 0)) && prev="${COMP_WORDS[COMP_CWORD - 1]}"
  local bin="${COMP_WORDS[0]}"
  local sub="" i word
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="${COMP_WORDS[i]}"
    case "$word" in
      --color | --questionnaire-path) ((i++)) ;;
      -*) ;;
      *) sub="$word" && break ;;
    esac
  done
  COMPREPLY=()

  if [[ $sub == export && $prev == --to ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_salesaudit_choices "$bin" export --to)" -- "$cur")
    return 0
  fi
  local values=""
  case "$prev" in
    --color) values="auto always never" ;;
    -f | --format)
      values=$(_salesaudit_choices "$bin" "$sub" "$prev")
      if [[ -z $values ]]; then
        case "$sub" in
          score) values="text markdown json html csv ndjson" ;;
          team) values="text markdown json html junit" ;;
          diff) values="text markdown json" ;;
          questionnaires) values="text json" ;;
          *) values="text markdown json html" ;;
        esac
      fi
      ;;
    --questionnaire-path | --answers-dir)
      compopt -o filenames 2>/dev/null
      mapfile -t COMPREPLY < <(compgen -d -- "$cur")
      return 0
      ;;
    -q | --questionnaire | --to)
      compopt -o filenames 2>/dev/null
      mapfile -t COMPREPLY < <(compgen -W "$(_salesaudit_questionnaire_ids "$bin")" -- "$cur"; compgen -f -- "$cur")
      return 0
      ;;
    -o | --output | --codebook | --answers | --map | --baseline | --input | --schema)
      compopt -o filenames 2>/dev/null
      mapfile -t COMPREPLY < <(compgen -f -- "$cur")
      return 0
      ;;
  esac
  if [[ -n $values ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur")
    return 0
  fi

  if [[ -z $sub ]]; then
    if [[ $cur == -* ]]; then
      mapfile -t COMPREPLY < <(compgen -W "$(_salesaudit_options "$bin" "")" -- "$cur")
    else
      mapfile -t COMPREPLY < <(compgen -W "$(_salesaudit_subcommands "$bin")" -- "$cur")
    fi
    return 0
  fi
  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_salesaudit_options "$bin" "$sub")" -- "$cur")
    return 0
  fi
  case "$sub" in
    schema) mapfile -t COMPREPLY < <(compgen -W "questionnaire answers report" -- "$cur") ;;
    questionnaires) ;;
    run | template | lint | serve)
      compopt -o filenames 2>/dev/null
      mapfile -t COMPREPLY < <(compgen -W "$(_salesaudit_questionnaire_ids "$bin")" -- "$cur"; compgen -f -- "$cur")
      ;;
    new-questionnaire) ;;
    *)
      compopt -o filenames 2>/dev/null
      mapfile -t COMPREPLY < <(compgen -f -- "$cur")
      ;;
  esac
  return 0
}

complete -F _salesaudit salesaudit
