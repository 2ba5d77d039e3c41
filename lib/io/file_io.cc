#include "io/file_io.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace vpcsynth {
namespace {

std::string systemError(std::string_view what, const std::string& path) {
  return fmt::format("{} '{}': {}", what, path, std::strerror(errno));
}

class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }
  int release() { return std::exchange(fd_, -1); }

 private:
  int fd_;
};

}  // namespace

FileContents readInput(const std::string& path, std::size_t maxBytes) {
  const bool isStdin = path == "-";
  const std::string name = isStdin ? "<stdin>" : path;
  FileDescriptor file(isStdin ? ::dup(STDIN_FILENO) : ::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (file.get() < 0) return {{}, systemError("cannot open", name)};
  struct stat info {};
  if (::fstat(file.get(), &info) == 0) {
    if (S_ISDIR(info.st_mode)) return {{}, fmt::format("'{}' is a directory", name)};
    if (S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) > maxBytes) {
      return {
          {},
          fmt::format("'{}' is {} bytes, more than the {} accepted", name, info.st_size, maxBytes)};
    }
  }
  FileContents contents;
  if (S_ISREG(info.st_mode)) contents.text.reserve(static_cast<std::size_t>(info.st_size));
  char buffer[1 << 16];
  while (true) {
    ssize_t count = ::read(file.get(), buffer, sizeof buffer);
    if (count < 0) {
      if (errno == EINTR) continue;
      return {{}, systemError("cannot read", name)};
    }
    if (count == 0) break;
    if (contents.text.size() + static_cast<std::size_t>(count) > maxBytes) {
      return {{}, fmt::format("'{}' is more than the {} bytes accepted", name, maxBytes)};
    }
    contents.text.append(buffer, static_cast<std::size_t>(count));
  }
  return contents;
}

std::optional<std::string> writeFileAtomically(const std::string& path, std::string_view contents) {
  std::string temporary = path + ".vpcsynth-XXXXXX";
  FileDescriptor file(::mkstemp(temporary.data()));
  if (file.get() < 0) return systemError("cannot create a temporary file beside", path);
  auto fail = [&](std::string_view what) {
    std::string message = systemError(what, temporary);
    ::unlink(temporary.c_str());
    return message;
  };
  struct stat existing {};
  mode_t mode = 0;
  if (::stat(path.c_str(), &existing) == 0) {
    mode = existing.st_mode & 07777;
  } else {
    // A new file gets what open(2) would give it: 0666 less the umask.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  if (::fchmod(file.get(), mode) != 0) return fail("cannot set the mode of");
  std::size_t written = 0;
  while (written < contents.size()) {
    ssize_t count = ::write(file.get(), contents.data() + written, contents.size() - written);
    if (count < 0) {
      if (errno == EINTR) continue;
      return fail("cannot write");
    }
    written += static_cast<std::size_t>(count);
  }
  if (::fsync(file.get()) != 0) return fail("cannot flush");
  if (::close(file.release()) != 0) return fail("cannot close");
  if (::rename(temporary.c_str(), path.c_str()) != 0) return fail("cannot rename");
  return std::nullopt;
}

}  // namespace vpcsynth
