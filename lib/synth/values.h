#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "model/value.h"

// Short constructors for the template values the builder writes, so that a resource reads
// close to its YAML.
namespace vpcsynth::synth {

/// A string, quoted on output wherever YAML would read it as another type.
Value text(std::string_view value);
/// A plain integer.
Value integer(std::int64_t value);
/// A plain boolean.
Value boolean(bool value);
/// `!Ref name`.
Value refTo(std::string_view name);
/// `!GetAtt resource.attribute`.
Value getAtt(std::string_view resource, std::string_view attribute);
/// `!Sub format`.
Value sub(std::string_view format);
/// `!Select [index, !GetAZs '']`: the index-th AZ of the stack's region.
Value availabilityZone(int index);
/// `!Join [separator, items]`.
Value join(std::string_view separator, Sequence items);
/// A mapping with the given entries, in order.
Value mapping(std::initializer_list<std::pair<std::string_view, Value>> entries);
/// A sequence of the given items.
Value list(std::initializer_list<Value> items);
/// `[{Key: Name, Value: !Sub '${AWS::StackName}-suffix'}]`.
Value nameTags(std::string_view suffix);

/// `{Type: type, Properties: properties}`.
Value resource(std::string_view type, Value properties);
/// Like `resource`, also depending on `dependsOn`.
Value resource(std::string_view type, Value properties, std::string_view dependsOn);

}  // namespace vpcsynth::synth
