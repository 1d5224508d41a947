#pragma once
// How one-time codes reach the citizen. This build has no SMS or mail gateway:
// SandboxDelivery shows each code in the app's notification area, marked as
// the sandbox channel, and passes it to a console sink (the native shell's
// stderr). A real gateway implements Delivery and is given to the Runtime.
#include <functional>
#include <string>

namespace cabinet::app {

struct CodeMessage {
  std::string purpose;
  std::string channel;  // "phone" | "email"
  std::string target;
  std::string masked;
  std::string code;
};

class Delivery {
 public:
  virtual ~Delivery() = default;
  // Returns false when the code could not be sent (the citizen is told).
  virtual bool deliver(const CodeMessage& message) = 0;
};

// A copy of an Уведомления entry for a channel outside the app (email, SMS,
// push), as «Настройки уведомлений» ask. Without a gateway the sandbox shows
// the delivery on the entry and prints it to the console sink.
struct ChannelMessage {
  std::string channel;  // "email" | "sms" | "push"
  std::string address;
  std::string text;  // rendered in the citizen's language
};

class NotificationChannels {
 public:
  virtual ~NotificationChannels() = default;
  virtual bool send(const ChannelMessage& message) = 0;
};

}  // namespace cabinet::app
