#include "lint/requirement_check.h"

#include <fmt/format.h>

#include "facts/property_requirements.h"
#include "model/scalar_type.h"

namespace vpcsynth::lint {
namespace {

using facts::PropertyRequirement;
using facts::RequirementKind;

enum class Truth : unsigned char { False, True, Unknown };

/// Whether `term` (`Name` or `Name=value`) holds for `resource`; Unknown when the value is
/// computed at deploy time.
Truth evaluate(const Resource& resource, std::string_view term) {
  const std::size_t equals = term.find('=');
  const Value* value = resource.property(term.substr(0, equals));
  if (value == nullptr || value->isNull()) return Truth::False;
  if (equals == std::string_view::npos) return Truth::True;
  if (!value->isScalar()) return Truth::Unknown;
  const std::string_view wanted = term.substr(equals + 1);
  const std::string_view text = value->text();
  if (wanted == "true" || wanted == "false") {
    const std::optional<bool> flag = text == "true" || text == "false"
                                         ? std::optional<bool>(text == "true")
                                         : plainBoolean(text);
    return flag && *flag == (wanted == "true") ? Truth::True : Truth::False;
  }
  return text == wanted ? Truth::True : Truth::False;
}

/// "`A`, `B=true` or `C`" for messages.
std::string describeTerms(const PropertyRequirement& requirement, std::string_view conjunction) {
  std::vector<std::string_view> terms;
  for (std::string_view term : requirement.terms) {
    if (!term.empty()) terms.push_back(term);
  }
  std::string text;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    if (i > 0) text += i + 1 == terms.size() ? fmt::format(" {} ", conjunction) : ", ";
    const std::size_t equals = terms[i].find('=');
    text += equals == std::string_view::npos
                ? fmt::format("'{}'", terms[i])
                : fmt::format("'{}: {}'", terms[i].substr(0, equals), terms[i].substr(equals + 1));
  }
  return text;
}

std::string conditionText(std::string_view condition) {
  const std::size_t equals = condition.find('=');
  return fmt::format("{} is {}", condition.substr(0, equals), condition.substr(equals + 1));
}

}  // namespace

void checkPropertyRequirements(const Resource& resource, std::vector<DataIssue>& issues) {
  const std::string where = fmt::format("{} '{}'", resource.type, resource.name);
  for (const PropertyRequirement& requirement : facts::propertyRequirements()) {
    if (requirement.resourceType != resource.type) continue;
    int holding = 0;
    int unknown = 0;
    for (std::string_view term : requirement.terms) {
      if (term.empty()) continue;
      const Truth truth = evaluate(resource, term);
      holding += truth == Truth::True;
      unknown += truth == Truth::Unknown;
    }
    const Truth condition =
        requirement.condition.empty() ? Truth::True : evaluate(resource, requirement.condition);
    const std::string source = fmt::format(" (see {})", requirement.source);
    switch (requirement.kind) {
      case RequirementKind::AtLeastOne:
        if (holding == 0 && unknown == 0) {
          issues.push_back({DataProblem::MissingRequired, resource.keyPosition,
                            fmt::format("{} needs one of {}{}", where,
                                        describeTerms(requirement, "or"), source)});
        }
        break;
      case RequirementKind::NotTogether:
        if (holding >= 2) {
          issues.push_back({DataProblem::Conflicting, resource.keyPosition,
                            fmt::format("{} sets {}, which AWS refuses together{}", where,
                                        describeTerms(requirement, "and"), source)});
        }
        break;
      case RequirementKind::RequiredWhen:
      case RequirementKind::RequiredUnless: {
        const Truth applies = requirement.kind == RequirementKind::RequiredWhen
                                  ? condition
                                  : (condition == Truth::Unknown ? Truth::Unknown
                                     : condition == Truth::True  ? Truth::False
                                                                 : Truth::True);
        if (applies == Truth::True && holding == 0 && unknown == 0) {
          issues.push_back(
              {DataProblem::MissingRequired, resource.keyPosition,
               fmt::format("{} is missing the property {}, required {} {}{}", where,
                           describeTerms(requirement, "or"),
                           requirement.kind == RequirementKind::RequiredWhen ? "when" : "unless",
                           conditionText(requirement.condition), source)});
        }
        break;
      }
    }
  }
}

}  // namespace vpcsynth::lint
