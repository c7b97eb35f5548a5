#include "server/routes.hpp"

#include "interview/answers_file.hpp"
#include "server/facilitator.hpp"
#include "server/html_page.hpp"
#include "server/page_text.hpp"
#include "server/pages.hpp"
#include "server/security.hpp"
#include "server/token.hpp"
#include "server/web_flow.hpp"

#include <salesaudit/answers.hpp>
#include <salesaudit/interview.hpp>
#include <salesaudit/report.hpp>
#include <salesaudit/scoring.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <mutex>
#include <sstream>

namespace salesaudit::server {

namespace {

constexpr std::size_t kMaxBody = 64 * 1024;
constexpr const char* kHtml = "text/html; charset=utf-8";

void html(httplib::Response& res, int status, std::string body) {
  res.status = status;
  res.set_content(std::move(body), kHtml);
}

void fail(httplib::Response& res, int status) {
  html(res, status, error_page(status));
}

void see_other(httplib::Response& res, const std::string& location) {
  res.status = 303;
  res.set_header("Location", location);
  res.set_content("", "text/plain");
}

// Reads a form body (at most kMaxBody bytes) into its fields; false after answering 413/400.
bool read_form(const httplib::Request& req, const httplib::ContentReader& reader, httplib::Response& res,
               httplib::Params& fields) {
  // A POST with no body at all (no length, not chunked) is an empty form.
  if (!req.has_header("Content-Length") && req.get_header_value("Transfer-Encoding").empty()) return true;
  std::string body;
  bool too_large = false;
  const bool ok = reader([&](const char* data, std::size_t size) {
    if (body.size() + size > kMaxBody) {
      too_large = true;
      return false;
    }
    body.append(data, size);
    return true;
  });
  if (too_large || res.status == 413) {
    fail(res, 413);
    res.set_header("Connection", "close");
    return false;
  }
  if (!ok) {
    fail(res, 400);
    res.set_header("Connection", "close");
    return false;
  }
  httplib::detail::parse_query_text(body, fields);
  return true;
}

std::vector<std::string> values_of(const httplib::Params& fields, const std::string& key) {
  std::vector<std::string> out;
  const auto [begin, end] = fields.equal_range(key);
  for (auto it = begin; it != end; ++it) out.push_back(it->second);
  return out;
}

std::string field(const httplib::Params& fields, const std::string& key) {
  const auto it = fields.find(key);
  if (it == fields.end()) return {};
  std::string v = it->second;
  while (!v.empty() && std::isspace(static_cast<unsigned char>(v.back()))) v.pop_back();
  std::size_t start = 0;
  while (start < v.size() && std::isspace(static_cast<unsigned char>(v[start]))) ++start;
  return v.substr(start);
}

std::string respondent_base(const std::string& token) {
  return "/r/" + token;
}

std::string question_url(const Questionnaire& q, const std::string& token, std::size_t index, bool from_review) {
  return fmt::format("{}/q/{}{}", respondent_base(token), url_segment(q.questions[index].id),
                     from_review ? "?return=review" : "");
}

}  // namespace

std::string url_segment(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) != 0 || c == '-' || c == '_' || c == '.' || c == '~') {
      out += c;
    } else {
      out += fmt::format("%{:02X}", u);
    }
  }
  return out;
}

void install_routes(HttpServer& server, ServerState& state) {
  const Questionnaire& q = *state.questionnaire;
  RespondentStore& store = *state.store;
  ServerState* st = &state;

  server.set_pre_routing_handler([st](const httplib::Request& req, httplib::Response& res) {
    add_security_headers(res);
    if (connection_over_capacity()) {
      fail(res, 503);
      res.set_header("Retry-After", "5");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.method != "GET" && req.method != "HEAD" && req.method != "POST") {
      fail(res, 405);
      res.set_header("Allow", "GET, HEAD, POST");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.method == "POST" && !same_origin(req, st->public_origin)) {
      fail(res, 403);
      res.set_header("Connection", "close");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  const httplib::Server::HandlerWithResponse on_error = [](const httplib::Request&, httplib::Response& res) {
    add_security_headers(res);
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    fail(res, res.status);
    return httplib::Server::HandlerResponse::Handled;
  };
  server.set_error_handler(on_error);
  server.set_exception_handler([st](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      fmt::print(*st->log, "salesaudit: serve: {}\n", e.what());
    } catch (...) {
      fmt::print(*st->log, "salesaudit: serve: unknown error\n");
    }
    res.headers.clear();
    add_security_headers(res);
    fail(res, 500);
  });
  server.set_payload_max_length(kMaxBody);

  server.Get("/", [&q](const httplib::Request&, httplib::Response& res) { html(res, 200, join_page(q)); });

  server.Post("/start",
              [&store](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) {
                httplib::Params fields;
                if (!read_form(req, reader, res, fields)) return;
                Respondent who;
                if (auto v = field(fields, "name"); !v.empty()) who.name = v;
                if (auto v = field(fields, "team"); !v.empty()) who.team = v;
                if (auto v = field(fields, "role"); !v.empty()) who.role = v;
                see_other(res, respondent_base(store.create(who)));
              });

  server.Get(R"(/r/([^/]+))", [&q, &store](const httplib::Request& req, httplib::Response& res) {
    const std::string token = req.matches[1];
    const auto r = store.get(token);
    if (!r) return fail(res, 404);
    if (r->answers.completed_at) return see_other(res, respondent_base(token) + "/report");
    const auto next = resume_target(q, r->answers);
    see_other(res, next ? question_url(q, token, *next, false) : respondent_base(token) + "/review");
  });

  server.Get(R"(/r/([^/]+)/q/([^/]+))", [&q, &store](const httplib::Request& req, httplib::Response& res) {
    const std::string token = req.matches[1];
    const auto r = store.get(token);
    const auto index = q.question_index(std::string(req.matches[2]));
    if (!r || !index) return fail(res, 404);
    if (r->answers.completed_at) return see_other(res, respondent_base(token) + "/report");
    if (!is_enabled(q, r->answers, *index)) return see_other(res, respondent_base(token));
    QuestionPage page;
    page.question = *index;
    page.from_review = req.get_param_value("return") == "review";
    html(res, 200, question_page(q, token, r->answers, page));
  });

  server.Post(R"(/r/([^/]+)/q/([^/]+))", [&q, &store](const httplib::Request& req, httplib::Response& res,
                                                      const httplib::ContentReader& reader) {
    const std::string token = req.matches[1];
    const auto index = q.question_index(std::string(req.matches[2]));
    if (!index || !is_token(token)) return fail(res, 404);
    httplib::Params fields;
    if (!read_form(req, reader, res, fields)) return;
    const std::string action_name = field(fields, "action");
    Action action = Action::next;
    if (action_name == "back") {
      action = Action::back;
    } else if (action_name == "skip") {
      action = Action::skip;
    } else if (!action_name.empty() && action_name != "next") {
      return fail(res, 400);
    }
    const bool from_review = req.get_param_value("return") == "review";
    const std::vector<std::string> values = values_of(fields, "answer");
    std::string location;
    std::string rejected_page;
    const bool known = store.update(token, [&](AnswerSet& answers) {
      if (answers.completed_at) {
        location = respondent_base(token) + "/report";
        return false;
      }
      if (!is_enabled(q, answers, *index)) {  // disabled by a condition: its answer is ignored
        location = respondent_base(token);
        return false;
      }
      const StepResult step = apply_step(q, answers, *index, action, values, from_review);
      if (!step.error.empty()) {
        QuestionPage page{*index, from_review, step.error, values};
        rejected_page = question_page(q, token, answers, page);
        return false;
      }
      const bool keep_return = from_review && action != Action::back;
      location = step.target ? question_url(q, token, *step.target, keep_return) : respondent_base(token) + "/review";
      return step.save;
    });
    if (!known) return fail(res, 404);
    if (!rejected_page.empty()) return html(res, 422, std::move(rejected_page));
    see_other(res, location);
  });

  server.Get(R"(/r/([^/]+)/review)", [&q, &store](const httplib::Request& req, httplib::Response& res) {
    const std::string token = req.matches[1];
    const auto r = store.get(token);
    if (!r) return fail(res, 404);
    if (r->answers.completed_at) return see_other(res, respondent_base(token) + "/report");
    html(res, 200, review_page(q, token, r->answers, ""));
  });

  server.Post(R"(/r/([^/]+)/finish)",
              [&q, &store](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) {
                const std::string token = req.matches[1];
                if (!is_token(token)) return fail(res, 404);
                httplib::Params fields;
                if (!read_form(req, reader, res, fields)) return;
                std::string rejected_page;
                const bool known = store.update(token, [&](AnswerSet& answers) {
                  if (answers.completed_at) return false;
                  const Interview flow(q, answers);
                  if (flow.first_missing_required()) {
                    rejected_page = review_page(q, token, answers, text::finish_missing());
                    return false;
                  }
                  AnswerSet done = flow.document();
                  answers.answers = std::move(done.answers);
                  answers.completed_at = now_utc();
                  return true;
                });
                if (!known) return fail(res, 404);
                if (!rejected_page.empty()) return html(res, 422, std::move(rejected_page));
                see_other(res, respondent_base(token) + "/report");
              });

  server.Get(R"(/r/([^/]+)/report)", [&q, &store](const httplib::Request& req, httplib::Response& res) {
    const std::string token = req.matches[1];
    const auto r = store.get(token);
    if (!r) return fail(res, 404);
    if (!r->answers.completed_at) return see_other(res, respondent_base(token));
    std::ostringstream out;
    render_html(score(q, r->answers), RenderOptions{}, out);
    html(res, 200, out.str());
  });

  server.Get(R"(/r/([^/]+)/answers\.json)", [&q, &store](const httplib::Request& req, httplib::Response& res) {
    const auto r = store.get(req.matches[1]);
    if (!r) return fail(res, 404);
    res.set_header("Content-Disposition", "attachment; filename=\"answers.json\"");
    res.set_content(to_json(r->answers, q), "application/json");
  });

  server.Get(R"(/f/([^/]+))", [st, &q, &store](const httplib::Request& req, httplib::Response& res) {
    if (!tokens_equal(req.matches[1].str(), st->facilitator_token)) return fail(res, 404);
    const bool refreshing = req.get_param_value("refresh") == "15";
    if (refreshing) res.set_header("Refresh", "15");
    html(res, 200, facilitator_page(q, st->facilitator_token, store.all(), refreshing));
  });

  server.Get(R"(/f/([^/]+)/rows\.csv)", [st, &store](const httplib::Request& req, httplib::Response& res) {
    if (!tokens_equal(req.matches[1].str(), st->facilitator_token)) return fail(res, 404);
    res.set_header("Content-Disposition", "attachment; filename=\"rows.csv\"");
    res.set_content(facilitator_rows_csv(st->questionnaire, store.all()), "text/csv; charset=utf-8");
  });
}

}  // namespace salesaudit::server
