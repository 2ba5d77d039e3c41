// V0005: an availability zone name written into the template.
#include <fmt/format.h>

#include <cctype>

#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

// `us-east-1a`, `eu-central-2b`, `us-gov-west-1a`: region, then one zone letter.
bool looksLikeZoneName(std::string_view text) {
  if (text.size() < 6 || !std::islower(static_cast<unsigned char>(text.back()))) return false;
  const std::size_t lastDash = text.rfind('-');
  if (lastDash == std::string_view::npos || lastDash + 2 >= text.size()) return false;
  std::string_view number = text.substr(lastDash + 1, text.size() - lastDash - 2);
  for (char c : number) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  std::string_view region = text.substr(0, lastDash);
  if (region.size() < 4 || region[2] != '-') return false;
  for (char c : region) {
    if (!std::islower(static_cast<unsigned char>(c)) && c != '-') return false;
  }
  return true;
}

class HardCodedZoneRule final : public Rule {
 public:
  HardCodedZoneRule()
      : Rule({"V0005", Severity::Warning, "A hard-coded availability zone name", "W3010"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource& resource : context.resources()) {
      if (resource.properties) walk(*resource.properties, findings);
    }
  }

 private:
  void walk(const Value& value, Findings& findings) const {
    if (value.isSequence()) {
      for (const Value& item : value.sequence()) walk(item, findings);
    }
    if (!value.isMapping()) return;
    for (const MappingEntry& entry : value.mapping()) {
      if (entry.key == "AvailabilityZone" || entry.key == "AvailabilityZones") {
        report(entry.value, findings);
      } else {
        walk(entry.value, findings);
      }
    }
  }

  void report(const Value& value, Findings& findings) const {
    if (value.isSequence()) {
      for (const Value& item : value.sequence()) report(item, findings);
    }
    if (!value.isScalar() || !looksLikeZoneName(value.text())) return;
    findings.add(value.position(),
                 fmt::format("availability zone '{}' is written into the template, which then "
                             "deploys only in its region and only where that zone exists; use "
                             "!Select [N, !GetAZs ''] or a parameter",
                             value.text()));
  }
};

}  // namespace

std::unique_ptr<Rule> makeHardCodedZoneRule() { return std::make_unique<HardCodedZoneRule>(); }

}  // namespace vpcsynth::lint
