#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/value.h"

namespace vpcsynth {

/// Writes indented JSON one token at a time; the caller keeps objects and arrays balanced.
class JsonOut {
 public:
  void beginObject();
  void endObject();
  void beginArray();
  void endArray();
  /// The key of the next member of the current object.
  void key(std::string_view name);
  void string(std::string_view text);
  void number(std::size_t number);
  /// A number with a fraction, in its shortest exact form (`0.045`, `65.7`); `null` for infinity
  /// or NaN, which JSON cannot hold.
  void decimal(double number);
  void null();
  void boolean(bool value);
  /// A template value in CloudFormation's JSON form (long-form functions).
  void value(const Value& value);

  /// The text written, ending in a newline.
  std::string finish();

 private:
  void beforeValue();
  void newline();

  std::string out_;
  std::vector<bool> first_;  // per open object or array: no member written yet
  bool afterKey_ = false;
};

}  // namespace vpcsynth
