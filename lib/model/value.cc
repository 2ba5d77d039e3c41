#include "model/value.h"

#include <algorithm>

namespace vpcsynth {
namespace {

// Below this many entries a linear scan beats keeping a sorted index.
constexpr std::size_t kIndexThreshold = 12;

}  // namespace

Mapping::Mapping() = default;
Mapping::Mapping(const Mapping& other) = default;
Mapping::Mapping(Mapping&& other) noexcept = default;
Mapping& Mapping::operator=(const Mapping& other) = default;
Mapping& Mapping::operator=(Mapping&& other) noexcept = default;
Mapping::~Mapping() = default;

std::ptrdiff_t Mapping::indexOf(std::string_view key) const {
  if (sortedIndex_.empty()) {
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      if (entries_[i].key == key) return static_cast<std::ptrdiff_t>(i);
    }
    return -1;
  }
  auto found = std::lower_bound(sortedIndex_.begin(), sortedIndex_.end(), key,
                                [this](std::uint32_t index, std::string_view wanted) {
                                  return entries_[index].key < wanted;
                                });
  if (found == sortedIndex_.end() || entries_[*found].key != key) return -1;
  return static_cast<std::ptrdiff_t>(*found);
}

void Mapping::rebuildIndex() {
  sortedIndex_.clear();
  if (entries_.size() < kIndexThreshold) return;
  sortedIndex_.resize(entries_.size());
  for (std::uint32_t i = 0; i < sortedIndex_.size(); ++i) sortedIndex_[i] = i;
  std::stable_sort(sortedIndex_.begin(), sortedIndex_.end(),
                   [this](auto a, auto b) { return entries_[a].key < entries_[b].key; });
}

const MappingEntry* Mapping::findEntry(std::string_view key) const {
  auto index = indexOf(key);
  return index < 0 ? nullptr : &entries_[static_cast<std::size_t>(index)];
}

const Value* Mapping::find(std::string_view key) const {
  const MappingEntry* entry = findEntry(key);
  return entry ? &entry->value : nullptr;
}

Value* Mapping::find(std::string_view key) {
  auto index = indexOf(key);
  return index < 0 ? nullptr : &entries_[static_cast<std::size_t>(index)].value;
}

Value& Mapping::valueAt(std::size_t index) { return entries_.at(index).value; }

Value& Mapping::append(std::string key, Value value, Position keyPosition) {
  entries_.push_back(MappingEntry{std::move(key), keyPosition, std::move(value)});
  const auto added = static_cast<std::uint32_t>(entries_.size() - 1);
  if (!sortedIndex_.empty()) {
    auto slot = std::upper_bound(
        sortedIndex_.begin(), sortedIndex_.end(), added,
        [this](std::uint32_t a, std::uint32_t b) { return entries_[a].key < entries_[b].key; });
    sortedIndex_.insert(slot, added);
  } else if (entries_.size() >= kIndexThreshold) {
    rebuildIndex();
  }
  return entries_.back().value;
}

Value& Mapping::set(std::string_view key, Value value) {
  if (Value* existing = find(key)) {
    *existing = std::move(value);
    return *existing;
  }
  return append(std::string(key), std::move(value));
}

bool Mapping::erase(std::string_view key) {
  auto index = indexOf(key);
  if (index < 0) return false;
  entries_.erase(entries_.begin() + index);
  rebuildIndex();
  return true;
}

FunctionCall::FunctionCall(Function called, Value calledWith)
    : function(called), argument(std::make_unique<Value>(std::move(calledWith))) {}

FunctionCall::FunctionCall(const FunctionCall& other)
    : function(other.function), argument(std::make_unique<Value>(*other.argument)) {}

FunctionCall& FunctionCall::operator=(const FunctionCall& other) {
  if (this != &other) {
    function = other.function;
    argument = std::make_unique<Value>(*other.argument);
  }
  return *this;
}

FunctionCall::~FunctionCall() = default;

Value::Value(Scalar text, Position position) : data_(std::move(text)), position_(position) {}
Value::Value(Sequence items, Position position) : data_(std::move(items)), position_(position) {}
Value::Value(Mapping entries, Position position) : data_(std::move(entries)), position_(position) {}
Value::Value(FunctionCall call, Position position) : data_(std::move(call)), position_(position) {}

Value Value::plain(std::string text, Position position) {
  return Value(Scalar{std::move(text), ScalarStyle::Plain}, position);
}

Value Value::string(std::string text, Position position) {
  return Value(Scalar{std::move(text), ScalarStyle::Quoted}, position);
}

Value Value::call(Function function, Value argument, Position position) {
  return Value(FunctionCall(function, std::move(argument)), position);
}

bool Value::isFunction(Function function) const {
  return isFunction() && functionCall().function == function;
}

std::string_view Value::text() const {
  return isScalar() ? std::string_view(scalar().text) : std::string_view();
}

const Value* Value::find(std::string_view key) const {
  return isMapping() ? mapping().find(key) : nullptr;
}

std::string_view describeKind(const Value& value) {
  switch (value.kind()) {
    case Value::Kind::Null: return "null";
    case Value::Kind::Scalar: return "a scalar";
    case Value::Kind::Sequence: return "a list";
    case Value::Kind::Mapping: return "a mapping";
    case Value::Kind::Function: return "a function";
  }
  return "a value";
}

}  // namespace vpcsynth
