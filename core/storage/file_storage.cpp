#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "storage/read_file.hpp"
#include "storage/storage.hpp"

namespace cabinet::storage {

namespace fs = std::filesystem;

namespace {

std::string errno_text(const char* what) { return std::string(what) + ": " + std::strerror(errno); }

// Writes all bytes to fd, retrying short writes.
bool write_all(int fd, std::string_view bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

FileStorage::FileStorage(std::string root) : root_(std::move(root)) {}

std::optional<std::string> FileStorage::read(std::string_view key) const {
  if (!is_valid_key(key)) return std::nullopt;
  return read_file((fs::path(root_) / std::string(key)).string());
}

// Write a temporary file, flush it to disk, rename it over the old one, then
// flush the folder: the classic atomic replace.
WriteResult FileStorage::write_atomic(std::string_view key, std::string_view bytes) {
  if (!is_valid_key(key)) return {false, "invalid key"};
  std::error_code ec;
  fs::create_directories(root_, ec);
  if (ec) return {false, "create folder: " + ec.message()};
  const fs::path target = fs::path(root_) / std::string(key);
  std::string temp_name = ".";  // hidden, so keys() never lists a half-written file
  temp_name.append(key).append(".tmp");
  const fs::path temp = fs::path(root_) / temp_name;
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return {false, errno_text("open")};
  if (!write_all(fd, bytes) || ::fsync(fd) != 0) {
    WriteResult failed{false, errno_text("write")};
    ::close(fd);
    ::unlink(temp.c_str());
    return failed;
  }
  if (::close(fd) != 0) {
    ::unlink(temp.c_str());
    return {false, errno_text("close")};
  }
  if (::rename(temp.c_str(), target.c_str()) != 0) {
    WriteResult failed{false, errno_text("rename")};
    ::unlink(temp.c_str());
    return failed;
  }
  const int dir = ::open(root_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return {};
}

bool FileStorage::remove(std::string_view key) {
  if (!is_valid_key(key)) return false;
  std::error_code ec;
  return fs::remove(fs::path(root_) / std::string(key), ec);
}

std::vector<std::string> FileStorage::keys() const {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(root_, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && is_valid_key(name)) out.push_back(name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string default_data_dir() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return (fs::path(xdg) / "cabinet").string();
  if (const char* home = std::getenv("HOME"); home && *home)
    return (fs::path(home) / ".local" / "share" / "cabinet").string();
  return "cabinet-data";
}

}  // namespace cabinet::storage
