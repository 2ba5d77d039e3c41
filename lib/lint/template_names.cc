#include "lint/template_names.h"

#include "text/suggest.h"

namespace vpcsynth::lint {

std::vector<std::string_view> sectionNames(const LintContext& context, std::string_view name) {
  std::vector<std::string_view> names;
  if (const Mapping* section = context.section(name)) {
    names.reserve(section->size());
    for (const MappingEntry& entry : *section) names.push_back(entry.key);
  }
  return names;
}

std::vector<std::string_view> resourceNames(const LintContext& context) {
  std::vector<std::string_view> names;
  names.reserve(context.resources().size());
  for (const Resource& resource : context.resources()) names.push_back(resource.name);
  return names;
}

bool declares(const LintContext& context, std::string_view section, std::string_view name) {
  const Mapping* mapping = context.section(section);
  return mapping && mapping->contains(name);
}

std::string quotedWithHint(std::string_view name, const std::vector<std::string_view>& candidates) {
  return "'" + std::string(name) + "'" + didYouMean(name, candidates);
}

}  // namespace vpcsynth::lint
