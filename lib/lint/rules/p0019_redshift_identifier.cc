// P0019: a Redshift cluster identifier that Redshift refuses.
#include <fmt/format.h>

#include "lint/deploy_support.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Why Redshift refuses `identifier`, or empty: it begins with a letter, holds only ASCII
// letters, digits and hyphens, and neither ends with a hyphen nor holds two in a row.
std::string problemOf(std::string_view identifier) {
  if (!isLetter(identifier.front())) return "does not begin with a letter";
  for (char c : identifier) {
    if (!isLetter(c) && !isDigit(c) && c != '-') return fmt::format("contains '{}'", c);
  }
  if (identifier.back() == '-') return "ends with a hyphen";
  if (identifier.find("--") != std::string_view::npos) return "contains two consecutive hyphens";
  return {};
}

class RedshiftIdentifierRule final : public Rule {
 public:
  RedshiftIdentifierRule()
      : Rule({"P0019", Severity::Error, "A Redshift cluster identifier that Redshift refuses",
              ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource* cluster : context.resourcesOfType("AWS::Redshift::Cluster")) {
      const Value* value = cluster->property("ClusterIdentifier");
      auto identifier = literalText(value);
      if (!identifier || identifier->empty()) continue;
      std::string problem = problemOf(*identifier);
      if (problem.empty()) continue;
      findings.add(value->position(),
                   fmt::format("ClusterIdentifier '{}' {}; Redshift requires that identifiers "
                               "\"begin with a letter; must contain only ASCII letters, digits, "
                               "and hyphens; and must not end with a hyphen or contain two "
                               "consecutive hyphens\"",
                               *identifier, problem));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeRedshiftIdentifierRule() {
  return std::make_unique<RedshiftIdentifierRule>();
}

}  // namespace vpcsynth::lint
