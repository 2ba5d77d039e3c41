// T0014: a template body larger than CloudFormation accepts.
#include <fmt/format.h>

#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

// The largest template body CloudFormation accepts from S3; a body passed inline is limited
// further, to 51,200 bytes, which is a deployment choice rather than a property of the template.
constexpr std::size_t kMaxBytes = 1'000'000;

class TemplateSizeRule final : public Rule {
 public:
  TemplateSizeRule()
      : Rule({"T0014", Severity::Error, "The template is larger than 1 MB", "E1002"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    if (context.source().size() <= kMaxBytes) return;
    findings.add(context.filePosition(),
                 fmt::format("the template is {} bytes; CloudFormation accepts at most {}",
                             context.source().size(), kMaxBytes));
  }
};

}  // namespace

std::unique_ptr<Rule> makeTemplateSizeRule() { return std::make_unique<TemplateSizeRule>(); }

}  // namespace vpcsynth::lint
