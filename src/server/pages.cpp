#include "server/pages.hpp"

#include "server/html_page.hpp"
#include "server/page_text.hpp"

#include <salesaudit/interview.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace salesaudit::server {

namespace {

std::string base(const std::string& token) {
  return "/r/" + token;
}

// The form values an answer stands for (what the inputs send back).
std::vector<std::string> form_values(const Question& q, const Answer& answer) {
  if (answer.na) return {"na"};
  if (const auto* d = std::get_if<double>(&answer.value)) return {fmt::format("{}", *d)};
  if (const auto* b = std::get_if<bool>(&answer.value)) return {*b ? "true" : "false"};
  if (const auto* s = std::get_if<std::string>(&answer.value)) return {*s};
  if (const auto* l = std::get_if<std::vector<std::string>>(&answer.value)) return *l;
  (void)q;
  return {};
}

struct Choice {
  std::string value;
  std::string label;
};

std::vector<Choice> choices_of(const Question& q) {
  std::vector<Choice> out;
  switch (q.type) {
    case QuestionType::likert:
      for (int i = 1; i <= q.points; ++i) {
        const auto n = static_cast<std::size_t>(i);
        out.push_back({std::to_string(i), n <= q.labels.size() ? q.labels[n - 1] : std::to_string(i)});
      }
      break;
    case QuestionType::choice:
    case QuestionType::multi_choice:
      for (const auto& o : q.options) out.push_back({o.value, o.label});
      break;
    case QuestionType::boolean:
      out.push_back({"true", text::yes()});
      out.push_back({"false", text::no()});
      break;
    case QuestionType::number:
    case QuestionType::text: break;
  }
  return out;
}

std::string input_row(const char* type, const std::string& id, const std::string& value, const std::string& label,
                      bool checked) {
  return fmt::format(
      "<div class=\"choice\"><input type=\"{}\" id=\"{}\" name=\"answer\" value=\"{}\"{}><label for=\"{}\">{}</label>"
      "</div>\n",
      type, id, h(value), checked ? " checked" : "", id, h(label));
}

std::string answer_inputs(const Question& q, const std::vector<std::string>& current, const std::string& described) {
  const auto has = [&](const std::string& v) { return std::find(current.begin(), current.end(), v) != current.end(); };
  std::string out;
  const std::vector<Choice> choices = choices_of(q);
  const bool many = q.type == QuestionType::multi_choice;
  const bool free_text = q.type == QuestionType::number || q.type == QuestionType::text;
  if (free_text) {
    std::string typed;
    for (const auto& v : current)
      if (v != "na") typed = v;
    const std::string hint = q.type == QuestionType::number ? text::number_hint(accepted_input(q)) : text::text_hint();
    out += fmt::format("<label class=\"field\" for=\"a-value\">{}</label>\n<p class=\"muted\" id=\"a-hint\">{}</p>\n",
                       h(text::your_answer()), h(hint));
    if (q.type == QuestionType::number) {
      out += fmt::format(
          "<input type=\"text\" inputmode=\"decimal\" id=\"a-value\" name=\"answer\" value=\"{}\" "
          "aria-describedby=\"a-hint{}\" autocomplete=\"off\">\n",
          h(typed), described);
    } else {
      out += fmt::format(
          "<textarea id=\"a-value\" name=\"answer\" rows=\"4\" aria-describedby=\"a-hint{}\">{}</textarea>\n",
          described, h(typed));
    }
  } else {
    for (std::size_t i = 0; i < choices.size(); ++i) {
      out += input_row(many ? "checkbox" : "radio", fmt::format("a-{}", i + 1), choices[i].value, choices[i].label,
                       has(choices[i].value));
    }
  }
  if (q.allow_na) {
    out += input_row(many || free_text ? "checkbox" : "radio", "a-na", "na", text::not_applicable(), has("na"));
  }
  return out;
}

}  // namespace

std::string join_page(const Questionnaire& q) {
  std::string main = fmt::format("<h1>{}</h1>\n", h(q.title));
  if (!q.description.empty()) main += fmt::format("<p>{}</p>\n", h(q.description));
  main += fmt::format("<p>{}</p>\n<p class=\"muted\">{}</p>\n",
                      h(text::join_facts(q.questions.size(), estimated_minutes(q))), h(text::join_saved_note()));
  main += fmt::format("<form method=\"post\" action=\"/start\">\n<h2>{}</h2>\n<p class=\"muted\">{}</p>\n",
                      h(text::join_about_you()), h(text::join_optional_hint()));
  const std::pair<const char*, std::string> fields[] = {
      {"name", text::field_name()}, {"team", text::field_team()}, {"role", text::field_role()}};
  const char* autocomplete[] = {"name", "organization", "organization-title"};
  for (std::size_t i = 0; i < 3; ++i) {
    main += fmt::format(
        "<label class=\"field\" for=\"f-{0}\">{1}</label>\n<input type=\"text\" id=\"f-{0}\" name=\"{0}\" "
        "maxlength=\"200\" autocomplete=\"{2}\">\n",
        fields[i].first, h(fields[i].second), autocomplete[i]);
  }
  main += fmt::format("<div class=\"buttons\"><button type=\"submit\">{}</button></div>\n</form>\n",
                      h(text::button_start()));
  return html_page(h(q.title), "", main);
}

std::string question_page(const Questionnaire& q, const std::string& token, const AnswerSet& answers,
                          const QuestionPage& page) {
  const Question& question = q.questions.at(page.question);
  Interview flow(q, answers);
  flow.go_to(page.question);
  const QuestionView view = make_question_view(flow, page.question);
  const Progress progress = flow.progress();
  std::vector<std::string> current;
  if (page.submitted) {
    current = *page.submitted;
  } else if (const auto& saved = flow.answer_of(page.question)) {
    current = form_values(question, *saved);
  }
  const std::string dimension = question.dimension ? q.dimensions[*question.dimension].title : text::no_dimension();
  const std::string action =
      fmt::format("{}/q/{}{}", base(token), h(question.id), page.from_review ? "?return=review" : "");

  std::string main =
      fmt::format("<p class=\"progress\">{}</p>\n<h1>{}</h1>\n",
                  h(text::progress_label(progress.position, progress.total, progress.answered)), h(dimension));
  if (!page.error.empty())
    main += fmt::format("<p class=\"error\" role=\"alert\" id=\"a-error\">{}</p>\n", h(page.error));
  const std::string described =
      std::string(question.help.empty() ? "" : " a-help") + (page.error.empty() ? "" : " a-error");
  main += fmt::format("<form method=\"post\" action=\"{}\">\n", action);
  const bool grouped = question.type != QuestionType::number && question.type != QuestionType::text;
  if (grouped) {
    main += fmt::format("<fieldset{}>\n<legend>{}</legend>\n",
                        described.empty() ? "" : fmt::format(" aria-describedby=\"{}\"", described.substr(1)),
                        h(question.text));
  } else {
    main += fmt::format("<fieldset>\n<legend>{}</legend>\n", h(question.text));
  }
  if (!question.required) main += fmt::format("<p class=\"muted\">{}</p>\n", h(text::optional_question()));
  main += answer_inputs(question, current, grouped ? "" : described);
  main += "</fieldset>\n";
  if (!question.help.empty()) main += fmt::format("<p class=\"help\" id=\"a-help\">{}</p>\n", h(question.help));
  if (!view.current.empty() && !page.submitted) {
    main += fmt::format("<p class=\"muted\">{}</p>\n", h(text::current_answer(view.current)));
  }
  main += fmt::format("<div class=\"buttons\"><button type=\"submit\" name=\"action\" value=\"next\">{}</button>",
                      h(text::button_next()));
  main += fmt::format("<button type=\"submit\" name=\"action\" value=\"back\" class=\"secondary\">{}</button>",
                      h(text::button_back()));
  if (!question.required) {
    main += fmt::format("<button type=\"submit\" name=\"action\" value=\"skip\" class=\"secondary\">{}</button>",
                        h(text::button_skip()));
  }
  main += "</div>\n</form>\n";
  main += fmt::format("<p><a href=\"{}/review\">{}</a></p>\n", base(token), h(text::review_link()));
  return html_page(fmt::format("{} - {}", h(view.header), h(q.title)),
                   fmt::format("<p class=\"kicker\">{}</p>", h(q.title)), main);
}

std::string review_page(const Questionnaire& q, const std::string& token, const AnswerSet& answers,
                        const std::string& error) {
  const Interview flow(q, answers);
  const auto asked = flow.asked();
  const Progress progress = flow.progress();
  std::string main = fmt::format("<h1>{}</h1>\n<p>{}</p>\n", h(text::review_heading()),
                                 h(text::review_summary(progress.answered, progress.total)));
  if (!error.empty()) main += fmt::format("<p class=\"error\" role=\"alert\">{}</p>\n", h(error));
  main += "<ol class=\"review\">\n";
  for (std::size_t n = 0; n < asked.size(); ++n) {
    const Question& question = q.questions[asked[n]];
    const auto& answer = flow.answer_of(asked[n]);
    const std::string shown = answer              ? display_answer(question, *answer)
                              : question.required ? text::not_answered_required()
                                                  : text::not_answered();
    main +=
        fmt::format("<li><div>{}</div><div class=\"answer\">{}</div><a href=\"{}/q/{}?return=review\">{}</a></li>\n",
                    h(question.text), h(shown), base(token), h(question.id), h(text::change_link(n + 1)));
  }
  main += "</ol>\n";
  main += fmt::format(
      "<form method=\"post\" action=\"{}/finish\">\n<p class=\"muted\">{}</p>\n"
      "<div class=\"buttons\"><button type=\"submit\">{}</button></div>\n</form>\n",
      base(token), h(text::finish_note()), h(text::button_finish()));
  main += fmt::format("<p><a href=\"{}/answers.json\">{}</a></p>\n", base(token), h(text::download_answers()));
  return html_page(fmt::format("{} - {}", h(text::review_heading()), h(q.title)),
                   fmt::format("<p class=\"kicker\">{}</p>", h(q.title)), main);
}

}  // namespace salesaudit::server
