#include "lint/findings.h"

namespace vpcsynth::lint {

void Findings::add(const Position& position, std::string message) {
  out_.push_back(Diagnostic{rule_.severity, std::string(rule_.id), std::move(message),
                            position.known() ? position : fallback_});
}

}  // namespace vpcsynth::lint
