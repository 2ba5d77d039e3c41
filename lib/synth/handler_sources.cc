#include "synth/handler_sources.h"

#include <algorithm>

namespace vpcsynth::synth {

std::string_view handlerSource(std::string_view fileName) {
  const auto sources = handlerSources();
  const auto found = std::find_if(sources.begin(), sources.end(), [&](const HandlerSource& entry) {
    return entry.fileName == fileName;
  });
  return found == sources.end() ? std::string_view() : found->source;
}

}  // namespace vpcsynth::synth
