#include "support/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace mlhint {

bool WriteFileAtomically(const std::string& path, std::string_view text, std::string* error) {
  std::string target = path;
  if (char* real = realpath(path.c_str(), nullptr)) {
    target = real;
    std::free(real);
  }
  struct stat info;
  bool exists = stat(target.c_str(), &info) == 0;
  if (!exists && errno != ENOENT) {
    *error = std::strerror(errno);
    return false;
  }
  size_t slash = target.rfind('/');
  std::string dir = slash == std::string::npos ? "" : target.substr(0, slash + 1);
  std::string base = slash == std::string::npos ? target : target.substr(slash + 1);
  // Created with open(2)'s 0666 so that a new file gets what the umask
  // leaves; a replaced file's bits are copied below.
  std::string temp;
  int fd = -1;
  for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
    temp = dir + "." + base + ".mlhint-" + std::to_string(getpid()) + "-" + std::to_string(attempt);
    fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) {
    *error = std::strerror(errno);
    return false;
  }
  auto fail = [&](int code) {
    *error = std::strerror(code);
    close(fd);
    unlink(temp.c_str());
    return false;
  };
  size_t written = 0;
  while (written < text.size()) {
    ssize_t n = write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return fail(n < 0 ? errno : EIO);
    written += static_cast<size_t>(n);
  }
  if (exists && fchmod(fd, info.st_mode & 07777) != 0) return fail(errno);
  if (fsync(fd) != 0) return fail(errno);
  if (close(fd) != 0) {
    *error = std::strerror(errno);
    unlink(temp.c_str());
    return false;
  }
  if (rename(temp.c_str(), target.c_str()) != 0) {
    *error = std::strerror(errno);
    unlink(temp.c_str());
    return false;
  }
  return true;
}

}  // namespace mlhint
