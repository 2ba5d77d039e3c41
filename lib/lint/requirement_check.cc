#include "lint/requirement_check.h"

#include <fmt/format.h>

#include <optional>

#include "facts/property_requirements.h"
#include "model/scalar_type.h"

namespace vpcsynth::lint {
namespace {

using facts::PropertyRequirement;
using facts::RequirementKind;

enum class Truth : unsigned char { False, True, Unknown };

Truth negate(Truth truth) {
  if (truth == Truth::Unknown) return truth;
  return truth == Truth::True ? Truth::False : Truth::True;
}

/// A term of the table: `Name` (the property is set) or `Name=value` (set to that literal).
struct Term {
  std::string_view property;
  std::optional<std::string_view> value;

  explicit Term(std::string_view text) {
    const std::size_t equals = text.find('=');
    property = text.substr(0, equals);
    if (equals != std::string_view::npos) value = text.substr(equals + 1);
  }
};

/// Whether `term` holds for `resource`; Unknown when the value is computed at deploy time.
Truth evaluate(const Resource& resource, const Term& term) {
  const Value* value = resource.property(term.property);
  if (value == nullptr || value->isNull()) return Truth::False;
  if (!term.value) return Truth::True;
  if (!value->isScalar()) return Truth::Unknown;
  const std::string_view text = value->text();
  if (*term.value == "true" || *term.value == "false") {
    const std::optional<bool> flag = plainBoolean(text);
    return flag && *flag == (*term.value == "true") ? Truth::True : Truth::False;
  }
  return text == *term.value ? Truth::True : Truth::False;
}

/// "'A', 'B: true' or 'C'" for messages.
std::string describeTerms(const PropertyRequirement& requirement, std::string_view conjunction) {
  std::vector<Term> terms;
  for (std::string_view term : requirement.terms) {
    if (!term.empty()) terms.emplace_back(term);
  }
  std::string text;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    if (i > 0) text += i + 1 == terms.size() ? fmt::format(" {} ", conjunction) : ", ";
    text += terms[i].value ? fmt::format("'{}: {}'", terms[i].property, *terms[i].value)
                           : fmt::format("'{}'", terms[i].property);
  }
  return text;
}

}  // namespace

void checkPropertyRequirements(const Resource& resource, std::string_view where,
                               std::vector<DataIssue>& issues) {
  for (const PropertyRequirement& requirement : facts::propertyRequirements()) {
    if (requirement.resourceType != resource.type) continue;
    int holding = 0;
    int unknown = 0;
    for (std::string_view term : requirement.terms) {
      if (term.empty()) continue;
      const Truth truth = evaluate(resource, Term(term));
      holding += truth == Truth::True;
      unknown += truth == Truth::Unknown;
    }
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
        const Term condition(requirement.condition);
        const Truth holds = evaluate(resource, condition);
        const Truth applies =
            requirement.kind == RequirementKind::RequiredWhen ? holds : negate(holds);
        if (applies == Truth::True && holding == 0 && unknown == 0) {
          issues.push_back(
              {DataProblem::MissingRequired, resource.keyPosition,
               fmt::format(
                   "{} is missing the property {}, required {} {}{}", where,
                   describeTerms(requirement, "or"),
                   requirement.kind == RequirementKind::RequiredWhen ? "when" : "unless",
                   fmt::format("{} is {}", condition.property, condition.value.value_or("set")),
                   source)});
        }
        break;
      }
    }
  }
}

}  // namespace vpcsynth::lint
