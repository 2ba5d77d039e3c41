#include "lint/lint_config.h"

#include <fmt/format.h>

#include <cctype>

#include "model/scalar_type.h"
#include "yaml/reader.h"

namespace vpcsynth::lint {
namespace {

constexpr std::string_view kConfigRule = "C0001";

void readList(const Value& value, std::vector<std::string>& out, Diagnostics& diagnostics,
              std::string_view key) {
  const auto wrong = [&](const Value& at) {
    diagnostics.push_back(Diagnostic{Severity::Error, std::string(kConfigRule),
                                     fmt::format("'{}' must be a list of rule ID prefixes", key),
                                     at.position()});
  };
  if (value.isScalar()) {
    out.emplace_back(value.text());
    return;
  }
  if (!value.isSequence()) return wrong(value);
  for (const Value& item : value.sequence()) {
    if (!item.isScalar()) return wrong(item);
    out.emplace_back(item.text());
  }
}

}  // namespace

bool isIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  const int month = (text[5] - '0') * 10 + (text[6] - '0');
  const int day = (text[8] - '0') * 10 + (text[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

LintConfigResult parseLintConfig(std::string_view text, std::string_view fileName) {
  LintConfigResult result;
  ReadResult read = readDocument(text, fileName);
  result.diagnostics = std::move(read.diagnostics);
  if (!read.document) return result;
  const Value& root = *read.document;
  if (root.isNull() || (root.isScalar() && root.text().empty())) return result;
  if (!root.isMapping()) {
    result.diagnostics.push_back(Diagnostic{Severity::Error, std::string(kConfigRule),
                                            "the lint configuration must be a mapping",
                                            root.position()});
    return result;
  }
  for (const MappingEntry& entry : root.mapping()) {
    if (entry.key == "ignore") {
      readList(entry.value, result.config.ignore, result.diagnostics, entry.key);
    } else if (entry.key == "include") {
      readList(entry.value, result.config.include, result.diagnostics, entry.key);
    } else if (entry.key == "as-of" && isIsoDate(entry.value.text())) {
      result.config.asOf = std::string(entry.value.text());
    } else if (entry.key == "as-of") {
      result.diagnostics.push_back(Diagnostic{Severity::Error, std::string(kConfigRule),
                                              "'as-of' must be a date written YYYY-MM-DD",
                                              entry.value.position()});
    } else if (entry.key == "customer-managed-keys" && entry.value.isScalar() &&
               plainBoolean(entry.value.text())) {
      result.config.customerManagedKeys = *plainBoolean(entry.value.text());
    } else if (entry.key == "customer-managed-keys") {
      result.diagnostics.push_back(Diagnostic{Severity::Error, std::string(kConfigRule),
                                              "'customer-managed-keys' must be true or false",
                                              entry.value.position()});
    } else {
      result.diagnostics.push_back(
          Diagnostic{Severity::Error, std::string(kConfigRule),
                     fmt::format("unknown key '{}'; the keys are ignore, include, as-of and "
                                 "customer-managed-keys",
                                 entry.key),
                     entry.keyPosition});
    }
  }
  return result;
}

}  // namespace vpcsynth::lint
