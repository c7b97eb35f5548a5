#pragma once
// The routes of serve-v1 on an httplib server.

#include "server/http_server.hpp"
#include "server/respondent_store.hpp"

#include <salesaudit/questionnaire.hpp>

#include <iosfwd>
#include <memory>
#include <string>

namespace salesaudit::server {

struct ServerState {
  std::shared_ptr<const Questionnaire> questionnaire;
  RespondentStore* store = nullptr;
  std::string facilitator_token;
  std::string public_origin;  // "" unless --public-url
  std::ostream* log = nullptr;
};

void install_routes(HttpServer& server, ServerState& state);

// A path segment with everything but unreserved characters percent-encoded.
[[nodiscard]] std::string url_segment(std::string_view text);

}  // namespace salesaudit::server
