#include "diff/json_out.h"

#include <fmt/format.h>

#include <cmath>

#include "yaml/scalar_quoting.h"
#include "yaml/writer.h"

namespace vpcsynth {

void JsonOut::newline() {
  out_ += '\n';
  out_.append(2 * first_.size(), ' ');
}

void JsonOut::beforeValue() {
  if (afterKey_) {
    afterKey_ = false;
    return;
  }
  if (first_.empty()) return;
  if (!first_.back()) out_ += ',';
  first_.back() = false;
  newline();
}

void JsonOut::beginObject() {
  beforeValue();
  out_ += '{';
  first_.push_back(true);
}

void JsonOut::endObject() {
  const bool empty = first_.back();
  first_.pop_back();
  if (!empty) newline();
  out_ += '}';
}

void JsonOut::beginArray() {
  beforeValue();
  out_ += '[';
  first_.push_back(true);
}

void JsonOut::endArray() {
  const bool empty = first_.back();
  first_.pop_back();
  if (!empty) newline();
  out_ += ']';
}

void JsonOut::key(std::string_view name) {
  beforeValue();
  appendJsonString(out_, name);
  out_ += ": ";
  afterKey_ = true;
}

void JsonOut::string(std::string_view text) {
  beforeValue();
  appendJsonString(out_, text);
}

void JsonOut::number(std::size_t number) {
  beforeValue();
  out_ += std::to_string(number);
}

void JsonOut::decimal(double number) {
  beforeValue();
  // JSON has no infinity or NaN: a number that is not finite is not known.
  out_ += std::isfinite(number) ? fmt::format("{}", number) : "null";
}

void JsonOut::null() {
  beforeValue();
  out_ += "null";
}

void JsonOut::boolean(bool value) {
  beforeValue();
  out_ += value ? "true" : "false";
}

void JsonOut::value(const Value& value) {
  beforeValue();
  std::string json = writeJson(value);
  if (!json.empty() && json.back() == '\n') json.pop_back();
  // Indent the value's own lines to the depth it sits at.
  const std::string indent = "\n" + std::string(2 * first_.size(), ' ');
  for (char c : json) {
    if (c == '\n') {
      out_ += indent;
    } else {
      out_ += c;
    }
  }
}

std::string JsonOut::finish() {
  out_ += '\n';
  return std::move(out_);
}

}  // namespace vpcsynth
