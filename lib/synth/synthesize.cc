#include "synth/synthesize.h"

#include "config/load_config.h"
#include "pattern/network_plan.h"
#include "synth/path_check.h"
#include "synth/template_builder.h"

namespace vpcsynth {

SynthResult synthesize(std::string_view configText, std::string_view configFileName,
                       const ConfigOverrides& overrides) {
  LoadedConfig loaded = loadConfig(configText, configFileName, overrides);
  SynthResult result{std::nullopt, std::nullopt, std::move(loaded.diagnostics)};
  if (!loaded.spec) return result;
  Problems unused;  // validation already reported every problem of the plan
  NetworkPlan plan = planNetwork(*loaded.spec, unused);
  Value document = buildTemplate(*loaded.spec, plan);
  addProblems(result.diagnostics, loaded.positions.locate(checkPaths(*loaded.spec, document)));
  if (hasErrors(result.diagnostics)) return result;
  result.document = std::move(document);
  result.spec = std::move(loaded.spec);
  return result;
}

SynthResult synthesizeFromConfig(std::string_view configText, std::string_view configFileName,
                                 std::optional<Variant> variant) {
  ConfigOverrides overrides;
  overrides.variant = variant;
  return synthesize(configText, configFileName, overrides);
}

}  // namespace vpcsynth
