#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/position.h"

namespace vpcsynth {

enum class Severity : unsigned char { Error, Warning, Informational };

std::string_view severityName(Severity severity);

/// One problem found in an input: data, collected in a list and printed by the caller.
struct Diagnostic {
  Severity severity = Severity::Error;
  std::string ruleId;
  std::string message;
  Position position;
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics& diagnostics);

/// `file:line:column: severity ID: message`, then, when `source` holds the file's text, the
/// offending line and a caret under the column.
std::string renderDiagnostic(const Diagnostic& diagnostic, std::string_view source = {});

/// The 1-based `line` of `source`, without its line break; empty when out of range.
std::string_view sourceLine(std::string_view source, std::uint32_t line);

}  // namespace vpcsynth
