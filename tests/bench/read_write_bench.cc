// Measures one step of reading or writing a template, for tests/bench/read_write.py:
//   read_write_bench MODE FILE REPEAT      (FILE may be @LIST: a file naming one input per line)
// MODE is `events` (yaml-cpp's bare event parse, the baseline), `model` (our reader into the
// document model), `yaml` or `json` (our writer, on a document read once beforehand).
// Prints the best time of REPEAT runs in milliseconds and the peak resident memory in KiB.
#include <sys/resource.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <istream>
#include <streambuf>
#include <string>
#include <vector>

#include "io/file_io.h"
#include "yaml/reader.h"
#include "yaml/writer.h"

using namespace vpcsynth;

namespace {

class IgnoreEvents : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

class MemoryBuffer : public std::streambuf {
 public:
  explicit MemoryBuffer(const std::string& text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

std::vector<std::string> inputPaths(const std::string& argument) {
  if (argument.empty() || argument[0] != '@') return {argument};
  std::vector<std::string> paths;
  std::ifstream list(argument.substr(1));
  for (std::string line; std::getline(list, line);) {
    if (!line.empty()) paths.push_back(line);
  }
  return paths;
}

// yaml-cpp throws on malformed input; the baseline counts what it parsed until then.
std::size_t parseEvents(const std::string& text) try {
  MemoryBuffer buffer(text);
  std::istream stream(&buffer);
  YAML::Parser parser(stream);
  IgnoreEvents ignore;
  std::size_t documents = 0;
  while (parser.HandleNextDocument(ignore)) ++documents;
  return documents;
} catch (const YAML::Exception&) {
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: %s events|model|yaml|json FILE REPEAT\n", argv[0]);
    return 2;
  }
  const std::string mode = argv[1];
  std::vector<std::string> texts;
  std::vector<Value> documents;
  for (const std::string& path : inputPaths(argv[2])) {
    FileContents contents = readInput(path, std::size_t{1} << 30);
    if (contents.error) {
      std::fprintf(stderr, "%s\n", contents.error->c_str());
      return 2;
    }
    if (mode == "yaml" || mode == "json") {
      ReadResult read = readDocument(contents.text, path);
      if (!read.ok()) continue;
      documents.push_back(std::move(*read.document));
    }
    texts.push_back(std::move(contents.text));
  }
  const int repeat = std::atoi(argv[3]);
  double best = 1e300;
  std::size_t sink = 0;
  for (int i = 0; i < repeat; ++i) {
    const auto start = std::chrono::steady_clock::now();
    if (mode == "events") {
      for (const std::string& text : texts) sink += parseEvents(text);
    } else if (mode == "model") {
      for (const std::string& text : texts) sink += readDocument(text, "bench").ok() ? 1 : 0;
    } else if (mode == "yaml") {
      for (const Value& document : documents)
        sink += writeYaml(document, FunctionForm::Short).size();
    } else if (mode == "json") {
      for (const Value& document : documents) sink += writeJson(document).size();
    } else {
      std::fprintf(stderr, "unknown mode %s\n", mode.c_str());
      return 2;
    }
    const std::chrono::duration<double, std::milli> elapsed =
        std::chrono::steady_clock::now() - start;
    best = std::min(best, elapsed.count());
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("%.3f %ld %zu\n", best, usage.ru_maxrss, sink);
  return 0;
}
