#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/function.h"
#include "model/position.h"

namespace vpcsynth {

class Value;
struct MappingEntry;

/// Whether a scalar was written plain (its type resolved by YAML: number, boolean, string) or
/// quoted (always a string). JSON strings count as quoted, JSON numbers and booleans as plain.
enum class ScalarStyle : unsigned char { Plain, Quoted };

struct Scalar {
  std::string text;
  ScalarStyle style = ScalarStyle::Plain;
};

using Sequence = std::vector<Value>;

/// An ordered mapping: keys keep their written order; lookups use a sorted key index once the
/// mapping is large enough for a linear scan to cost more than the index.
class Mapping {
 public:
  Mapping();
  Mapping(const Mapping& other);
  Mapping(Mapping&& other) noexcept;
  Mapping& operator=(const Mapping& other);
  Mapping& operator=(Mapping&& other) noexcept;
  ~Mapping();

  // Defined below MappingEntry, which must be complete first.
  std::size_t size() const;
  bool empty() const;
  const std::vector<MappingEntry>& entries() const { return entries_; }
  std::vector<MappingEntry>::const_iterator begin() const;
  std::vector<MappingEntry>::const_iterator end() const;

  /// The value under `key`, or null when there is none.
  const Value* find(std::string_view key) const;
  Value* find(std::string_view key);
  const MappingEntry* findEntry(std::string_view key) const;
  bool contains(std::string_view key) const { return findEntry(key) != nullptr; }

  /// The value of the `index`th entry, for changing values in place (keys stay as they are).
  Value& valueAt(std::size_t index);

  /// Appends an entry; the caller makes sure the key is new (the reader reports duplicates).
  Value& append(std::string key, Value value, Position keyPosition = {});
  /// Replaces the value under `key`, or appends it when the key is new.
  Value& set(std::string_view key, Value value);
  /// Removes `key`; returns whether it was there.
  bool erase(std::string_view key);

 private:
  std::ptrdiff_t indexOf(std::string_view key) const;
  void rebuildIndex();

  std::vector<MappingEntry> entries_;
  // Entry positions sorted by key; empty while the mapping is small.
  std::vector<std::uint32_t> sortedIndex_;
};

/// An intrinsic or condition function applied to its argument, whichever form it was written in.
struct FunctionCall {
  Function function;
  std::unique_ptr<Value> argument;

  FunctionCall(Function called, Value calledWith);
  FunctionCall(const FunctionCall& other);
  FunctionCall(FunctionCall&&) noexcept = default;
  FunctionCall& operator=(const FunctionCall& other);
  FunctionCall& operator=(FunctionCall&&) noexcept = default;
  ~FunctionCall();
};

struct Null {};

/// One node of a CloudFormation template: a plain value type (copies are deep) that remembers
/// where it was read from.
class Value {
 public:
  enum class Kind : unsigned char { Null, Scalar, Sequence, Mapping, Function };

  Value() = default;
  Value(Scalar text, Position position = {});
  Value(Sequence items, Position position = {});
  Value(Mapping entries, Position position = {});
  Value(FunctionCall call, Position position = {});

  /// A plain scalar: a number, a boolean or an unquoted string.
  static Value plain(std::string text, Position position = {});
  /// A string that is written quoted wherever YAML would read it as another type.
  static Value string(std::string text, Position position = {});
  static Value call(Function function, Value argument, Position position = {});

  Kind kind() const { return static_cast<Kind>(data_.index()); }
  bool isNull() const { return kind() == Kind::Null; }
  bool isScalar() const { return kind() == Kind::Scalar; }
  bool isSequence() const { return kind() == Kind::Sequence; }
  bool isMapping() const { return kind() == Kind::Mapping; }
  bool isFunction() const { return kind() == Kind::Function; }
  bool isFunction(Function function) const;

  const Scalar& scalar() const { return std::get<Scalar>(data_); }
  const Sequence& sequence() const { return std::get<Sequence>(data_); }
  Sequence& sequence() { return std::get<Sequence>(data_); }
  const Mapping& mapping() const { return std::get<Mapping>(data_); }
  Mapping& mapping() { return std::get<Mapping>(data_); }
  const FunctionCall& functionCall() const { return std::get<FunctionCall>(data_); }

  /// The scalar text, or an empty view for anything that is not a scalar.
  std::string_view text() const;
  /// Mapping lookup that is safe on any kind: null unless this is a mapping holding `key`.
  const Value* find(std::string_view key) const;

  const Position& position() const { return position_; }
  void setPosition(Position position) { position_ = position; }

 private:
  std::variant<Null, Scalar, Sequence, Mapping, FunctionCall> data_;
  Position position_;
};

struct MappingEntry {
  std::string key;
  Position keyPosition;
  Value value;
};

inline std::size_t Mapping::size() const { return entries_.size(); }
inline bool Mapping::empty() const { return entries_.empty(); }
inline std::vector<MappingEntry>::const_iterator Mapping::begin() const { return entries_.begin(); }
inline std::vector<MappingEntry>::const_iterator Mapping::end() const { return entries_.end(); }

/// Semantic equality: ignores source positions, the order of mapping keys, the form a function
/// was written in and whether a string was quoted. Plain booleans compare by meaning
/// (`yes` equals `true`).
bool semanticallyEqual(const Value& a, const Value& b);

/// Human-readable name of a kind, for messages: "a mapping", "a string", ...
std::string_view describeKind(const Value& value);

}  // namespace vpcsynth
