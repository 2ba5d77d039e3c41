#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace vpcsynth {

/// True when `bytes` start with the gzip magic number.
bool isGzip(std::string_view bytes);

/// The decompressed contents of a gzip stream, or why it could not be read. Stops with an error
/// past `maxBytes` of output, so a small hostile file cannot expand into all of memory.
struct GunzipResult {
  std::string text;
  std::optional<std::string> error;
};
GunzipResult gunzip(std::string_view compressed, std::size_t maxBytes);

}  // namespace vpcsynth
