#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/position.h"
#include "model/value.h"

namespace vpcsynth::lint {

/// Where one resource is written: from its logical ID's key to the next resource's key (or the
/// next top-level section), in text order.
struct ResourceSpan {
  std::string name;
  /// The resource's definition (`Type`, `Properties`, `Metadata`, ...).
  const Value* body = nullptr;
  Position begin;
  Position end;  // exclusive; line 0 means "to the end of the file"
};

/// The spans of the resources of `root`, in text order; empty when it has no Resources mapping.
std::vector<ResourceSpan> resourceSpans(const Value& root);

/// The logical ID of the resource written at `at`; empty when `at` is outside every resource.
std::string_view resourceAt(const std::vector<ResourceSpan>& spans, const Position& at);

}  // namespace vpcsynth::lint
