// P0001: a security group name, description or rule description with a character EC2 refuses.
#include <fmt/format.h>

#include "lint/deploy_support.h"
#include "lint/rule.h"
#include "lint/security_groups.h"

namespace vpcsynth::lint {
namespace {

// The characters EC2 accepts in a VPC security group's name, description and rule
// descriptions: a-z, A-Z, 0-9, spaces and ._-:/()#,@[]+=&;{}!$*
bool allowedCharacter(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view(" ._-:/()#,@[]+=&;{}!$*").find(c) != std::string_view::npos;
}

// The first refused character, whole when it is a multi-byte UTF-8 sequence; empty when none.
std::string_view firstRefused(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (allowedCharacter(text[i])) continue;
    std::size_t length = 1;
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead >= 0xF0) {
      length = 4;
    } else if (lead >= 0xE0) {
      length = 3;
    } else if (lead >= 0xC0) {
      length = 2;
    }
    return text.substr(i, length);
  }
  return {};
}

// The character as a reader can see it: quoted, or named when it is a control character.
std::string shown(std::string_view character) {
  if (character == "\n") return "a line break";
  if (character == "\t") return "a tab";
  if (character.size() == 1 && static_cast<unsigned char>(character[0]) < 0x20) {
    return fmt::format("the control character 0x{:02x}", character[0]);
  }
  return fmt::format("'{}'", character);
}

class SecurityGroupTextRule final : public Rule {
 public:
  SecurityGroupTextRule()
      : Rule({"P0001", Severity::Error,
              "A security group name or description with a character EC2 refuses", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource* group : context.resourcesOfType("AWS::EC2::SecurityGroup")) {
      checkText(group->property("GroupDescription"), "GroupDescription", findings);
      checkText(group->property("GroupName"), "GroupName", findings);
    }
    for (const SecurityGroupRule& rule : securityGroupRules(context)) {
      checkText(rule.rule->find("Description"), "rule Description", findings);
    }
  }

 private:
  static void checkText(const Value* value, std::string_view what, Findings& findings) {
    std::optional<std::string_view> text = literalText(value);
    if (!text) return;
    if (std::string_view refused = firstRefused(*text); !refused.empty()) {
      findings.add(value->position(),
                   fmt::format("{} contains {}, which EC2 refuses: it accepts only a-z, A-Z, "
                               "0-9, spaces and ._-:/()#,@[]+=&;{{}}!$*",
                               what, shown(refused)));
    } else if (text->size() > 255) {
      findings.add(value->position(), fmt::format("{} is {} characters long; EC2 accepts at most "
                                                  "255",
                                                  what, text->size()));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeSecurityGroupTextRule() {
  return std::make_unique<SecurityGroupTextRule>();
}

}  // namespace vpcsynth::lint
