#pragma once

#include <string>

namespace vpcsynth::lint {

/// The answer of the reachability engine to "can this source open a connection to that target?".
struct PathVerdict {
  enum class Kind : unsigned char {
    /// Every hop lets the connection through.
    Open,
    /// A hop stops it, for a reason the template states.
    Blocked,
    /// Some hop depends on a value the template does not fix (a parameter, an import, a
    /// condition, a resource of another stack): no finding may rest on it.
    Unknown,
  };
  Kind kind = Kind::Unknown;
  /// For a blocked path, the hop that stops it, in a network engineer's words: "security group
  /// 'Shared' egress allows only TCP port 5439 to 10.20.0.0/16".
  std::string hop;

  static PathVerdict open() { return {Kind::Open, {}}; }
  static PathVerdict blocked(std::string hop) { return {Kind::Blocked, std::move(hop)}; }
  static PathVerdict unknown() { return {Kind::Unknown, {}}; }
  bool isOpen() const { return kind == Kind::Open; }
  bool isBlocked() const { return kind == Kind::Blocked; }
};

/// Both hops in turn: the first that blocks decides; otherwise unknown when either is.
inline PathVerdict bothHops(PathVerdict first, PathVerdict second) {
  if (first.isBlocked()) return first;
  if (second.isBlocked()) return second;
  return first.isOpen() && second.isOpen() ? PathVerdict::open() : PathVerdict::unknown();
}

}  // namespace vpcsynth::lint
