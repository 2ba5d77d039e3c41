#pragma once

#include <map>
#include <string>
#include <string_view>

#include "diagnostic.h"
#include "model/position.h"
#include "pattern/problem.h"

namespace vpcsynth {

/// Where each configuration key's value was written, by key path ("network.azs",
/// "network.private-subnets[1]"), so that pattern problems can point into the file.
class KeyPositions {
 public:
  explicit KeyPositions(std::string_view fileName = {});

  void record(std::string key, Position position);

  /// The position of `key`, else of its nearest recorded parent ("on-premises" for a missing
  /// "on-premises.cidrs"), else just the file.
  Position find(std::string_view key) const;

  /// Problems as diagnostics: `key: message`, positioned at the key's value.
  Diagnostics locate(const Problems& problems) const;

 private:
  Position fileOnly_;
  std::map<std::string, Position, std::less<>> positions_;
};

}  // namespace vpcsynth
