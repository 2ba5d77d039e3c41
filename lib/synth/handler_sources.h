#pragma once

#include <span>
#include <string_view>

namespace vpcsynth::synth {

/// One file of lib/synth/handlers/, the source of a function that synth writes inline.
struct HandlerSource {
  std::string_view fileName;
  std::string_view source;
};

/// Every file of lib/synth/handlers/, sorted by name (generated at build time by
/// cmake/embed_text_files.cmake).
std::span<const HandlerSource> handlerSources();

/// The source of `fileName`, e.g. "probe.py"; empty when there is no such file.
std::string_view handlerSource(std::string_view fileName);

}  // namespace vpcsynth::synth
