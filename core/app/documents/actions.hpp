#pragma once
// Мои документы's actions (typed_action.hpp), handled in update.cpp.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include <nlohmann/json.hpp>

#include "app/kernel/typed_action.hpp"

namespace cabinet::app {

// Opens the upload / edit panel: `mode` new (default), replace, renew or edit (with `id`).
struct DocumentsPanel {
  static constexpr std::string_view type = "documents_panel";
  std::optional<std::string> mode, id;
  static constexpr auto args() {
    return std::array{arg<&DocumentsPanel::mode>("mode"), arg<&DocumentsPanel::id>("id")};
  }
};

// The panel's fields as typed (only those given change).
struct DocumentsDraft {
  static constexpr std::string_view type = "documents_draft";
  std::optional<std::string> type_id, title, folder, valid_until;
  static constexpr auto args() {
    return std::array{arg<&DocumentsDraft::type_id>("type"), arg<&DocumentsDraft::title>("title"),
                      arg<&DocumentsDraft::folder>("folder"), arg<&DocumentsDraft::valid_until>("valid_until")};
  }
};

struct DocumentsPanelClose {
  static constexpr std::string_view type = "documents_panel_close";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// «Сохранить» in the edit panel: type, title and folder (the date changes only with a file).
struct DocumentEditSave {
  static constexpr std::string_view type = "document_edit_save";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// «Удалить»: asks first; then confirmed or cancelled.
struct DocumentDelete {
  static constexpr std::string_view type = "document_delete";
  std::string id;
  static constexpr auto args() { return std::array{arg<&DocumentDelete::id>("id")}; }
};

struct DocumentDeleteConfirm {
  static constexpr std::string_view type = "document_delete_confirm";
  std::string id;
  static constexpr auto args() { return std::array{arg<&DocumentDeleteConfirm::id>("id")}; }
};

struct DocumentDeleteCancel {
  static constexpr std::string_view type = "document_delete_cancel";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

struct FolderCreate {
  static constexpr std::string_view type = "folder_create";
  std::string name;
  static constexpr auto args() { return std::array{arg<&FolderCreate::name>("name")}; }
};

// Only an empty folder goes.
struct FolderDelete {
  static constexpr std::string_view type = "folder_delete";
  std::string name;
  static constexpr auto args() { return std::array{arg<&FolderDelete::name>("name")}; }
};

// Filters and search; `opened` unfolds (or folds) a document's versions.
struct DocumentsShow {
  static constexpr std::string_view type = "documents_view";
  std::optional<std::string> folder, type_id, validity, review, period, query, opened;
  static constexpr auto args() {
    return std::array{arg<&DocumentsShow::folder>("folder"),     arg<&DocumentsShow::type_id>("type"),
                      arg<&DocumentsShow::validity>("validity"), arg<&DocumentsShow::review>("review"),
                      arg<&DocumentsShow::period>("period"),     arg<&DocumentsShow::query>("query"),
                      arg<&DocumentsShow::opened>("opened")};
  }
};

// The file chosen in the open panel (file_bytes: `content` or `content_base64`);
// `declared_size` is the size the picker saw, refused early when too large.
struct DocumentFile : FileArgs {
  static constexpr std::string_view type = "document_file";
  static constexpr auto args() { return file_args<DocumentFile>(); }
};

using DocumentsActions =
    std::variant<DocumentsPanel, DocumentsDraft, DocumentsPanelClose, DocumentEditSave, DocumentDelete,
                 DocumentDeleteConfirm, DocumentDeleteCancel, FolderCreate, FolderDelete, DocumentsShow, DocumentFile>;

}  // namespace cabinet::app
