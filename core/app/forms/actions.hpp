#pragma once
// Услуги and Заявления's actions (typed_action.hpp): the catalog, the journey
// through a form, drafts, attachments and the applications' tracking. Every
// argument may be left out, as before the actions were typed: the handlers
// take a missing one as empty and then do nothing (or clear, for a search).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include <nlohmann/json.hpp>

#include "app/kernel/typed_action.hpp"

namespace cabinet::app {

// --- The catalog (catalog.cpp) ---

// The catalog's search text (core/search syntax); left out, the search is cleared.
struct CatalogSearch {
  static constexpr std::string_view type = "catalog_search";
  std::optional<std::string> query;
  static constexpr auto args() { return std::array{arg<&CatalogSearch::query>("query")}; }
};

// Narrows the catalog: only the filters given change.
struct CatalogFilter {
  static constexpr std::string_view type = "catalog_filter";
  std::optional<std::string> category, document, region;
  std::optional<bool> favourites_only;
  static constexpr auto args() {
    return std::array{arg<&CatalogFilter::category>("category"), arg<&CatalogFilter::document>("document"),
                      arg<&CatalogFilter::region>("region"), arg<&CatalogFilter::favourites_only>("favourites_only")};
  }
};

// Adds a service to the favourites or takes it out.
struct ToggleFavourite {
  static constexpr std::string_view type = "toggle_favourite";
  std::optional<std::string> form;
  static constexpr auto args() { return std::array{arg<&ToggleFavourite::form>("form")}; }
};

// Keeps the current query and filters under a name.
struct SaveFilter {
  static constexpr std::string_view type = "save_filter";
  std::optional<std::string> name;
  static constexpr auto args() { return std::array{arg<&SaveFilter::name>("name")}; }
};

struct ApplyFilter {
  static constexpr std::string_view type = "apply_filter";
  std::optional<std::string> name;
  static constexpr auto args() { return std::array{arg<&ApplyFilter::name>("name")}; }
};

struct DeleteFilter {
  static constexpr std::string_view type = "delete_filter";
  std::optional<std::string> name;
  static constexpr auto args() { return std::array{arg<&DeleteFilter::name>("name")}; }
};

// The service's start page.
struct OpenService {
  static constexpr std::string_view type = "open_service";
  std::optional<std::string> form;
  static constexpr auto args() { return std::array{arg<&OpenService::form>("form")}; }
};

// Заявления's tab: drafts, submitted or archive.
struct SetApplicationsTab {
  static constexpr std::string_view type = "set_applications_tab";
  std::optional<std::string> tab;
  static constexpr auto args() { return std::array{arg<&SetApplicationsTab::tab>("tab")}; }
};

// Заявления's filters: only those given change ("" shows all).
struct ApplicationsShow {
  static constexpr std::string_view type = "applications_view";
  std::optional<std::string> status, service, period;
  static constexpr auto args() {
    return std::array{arg<&ApplicationsShow::status>("status"), arg<&ApplicationsShow::service>("service"),
                      arg<&ApplicationsShow::period>("period")};
  }
};

// --- The journey through a form (update.cpp) ---

// A new draft of the form (`service`: the visit's service when the form books one).
struct StartForm {
  static constexpr std::string_view type = "start_form";
  std::optional<std::string> form, service;
  static constexpr auto args() {
    return std::array{arg<&StartForm::form>("form"), arg<&StartForm::service>("service")};
  }
};

struct ResumeDraft {
  static constexpr std::string_view type = "resume_draft";
  std::optional<std::string> id;
  static constexpr auto args() { return std::array{arg<&ResumeDraft::id>("id")}; }
};

struct DeleteDraft {
  static constexpr std::string_view type = "delete_draft";
  std::optional<std::string> id;
  static constexpr auto args() { return std::array{arg<&DeleteDraft::id>("id")}; }
};

// Types into the open form at `path` (a JSON Pointer). `value` is any JSON: left
// out nothing changes; null, "" or [] removes the answer.
struct SetField {
  static constexpr std::string_view type = "set_field";
  std::optional<std::string> path;
  std::optional<nlohmann::json> value;
  static constexpr auto args() { return std::array{arg<&SetField::path>("path"), arg<&SetField::value>("value")}; }
};

struct AddGroupItem {
  static constexpr std::string_view type = "add_group_item";
  std::optional<std::string> group;
  static constexpr auto args() { return std::array{arg<&AddGroupItem::group>("group")}; }
};

struct RemoveGroupItem {
  static constexpr std::string_view type = "remove_group_item";
  std::optional<std::string> group;
  std::optional<int64_t> index;
  static constexpr auto args() {
    return std::array{arg<&RemoveGroupItem::group>("group"), arg<&RemoveGroupItem::index>("index")};
  }
};

// «Проверить»: the step's errors without moving on.
struct CheckStep {
  static constexpr std::string_view type = "check_step";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// «Продолжить»: the next step (or the review page) when the step has no errors.
struct NextStep {
  static constexpr std::string_view type = "next_step";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// «Назад»: the step before (from the first step: the service's start page).
struct PreviousStep {
  static constexpr std::string_view type = "previous_step";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// «Изменить» on the review page.
struct GotoStep {
  static constexpr std::string_view type = "goto_step";
  std::optional<int64_t> step;
  static constexpr auto args() { return std::array{arg<&GotoStep::step>("step")}; }
};

// Signs and sends the reviewed form.
struct SubmitForm {
  static constexpr std::string_view type = "submit";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// A file from the picker for `field`: a form's file field, or the account's
// backup (account.backup) or Мои документы's file (documents.file), which go
// there. `content` is binary JSON; text comes as `content_base64`.
struct AttachFile {
  static constexpr std::string_view type = "attach_file";
  std::optional<std::string> field, name;
  nlohmann::json content;
  std::optional<std::string> content_base64;
  std::optional<int64_t> declared_size;
  static constexpr auto args() {
    return std::array{arg<&AttachFile::field>("field"), arg<&AttachFile::name>("name"),
                      arg<&AttachFile::content>("content"), arg<&AttachFile::content_base64>("content_base64"),
                      arg<&AttachFile::declared_size>("declared_size")};
  }
};

// A file dropped onto the window: Мои документы's open panel, or the step's first file field.
struct DropFile : FileArgs {
  static constexpr std::string_view type = "drop_file";
  static constexpr auto args() { return file_args<DropFile>(); }
};

// «Из моих документов»: the document `id`'s file into the form's file `field`.
struct AttachDocument {
  static constexpr std::string_view type = "attach_document";
  std::optional<std::string> field, id;
  static constexpr auto args() {
    return std::array{arg<&AttachDocument::field>("field"), arg<&AttachDocument::id>("id")};
  }
};

struct RemoveAttachment {
  static constexpr std::string_view type = "remove_attachment";
  std::optional<std::string> field;
  std::optional<int64_t> index;
  static constexpr auto args() {
    return std::array{arg<&RemoveAttachment::field>("field"), arg<&RemoveAttachment::index>("index")};
  }
};

// The profile values forms prefill and check against: `values` is an object of texts and whole numbers.
struct SetProfileData {
  static constexpr std::string_view type = "set_profile_data";
  nlohmann::json values;
  static constexpr auto args() { return std::array{arg<&SetProfileData::values>("values")}; }
};

// Leaves the open form or start page for the catalog (the draft stays).
struct CloseJourney {
  static constexpr std::string_view type = "close_journey";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// --- The applications' tracking (tracking.cpp) ---

// «Проверить повторно»: delivers the outbox and reads the agency's feed.
struct SyncAgencyNow {
  static constexpr std::string_view type = "sync_agency";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// «Написать сообщение» to the agency about the application `number`.
struct SendApplicationMessage {
  static constexpr std::string_view type = "send_message";
  std::optional<std::string> number, text;
  static constexpr auto args() {
    return std::array{arg<&SendApplicationMessage::number>("number"), arg<&SendApplicationMessage::text>("text")};
  }
};

// «Отменить заявление» (after the citizen confirmed): the portal cancels it
// while it has it (draft, queued, registered, send error); once the agency has
// it and has not decided, the agency is asked to withdraw it.
struct CancelApplication {
  static constexpr std::string_view type = "cancel_application";
  std::optional<std::string> number;
  static constexpr auto args() { return std::array{arg<&CancelApplication::number>("number")}; }
};

// «Отправить повторно» after «Ошибка отправки»: queued again and delivered at once.
struct ResendApplication {
  static constexpr std::string_view type = "resend_application";
  std::optional<std::string> number;
  static constexpr auto args() { return std::array{arg<&ResendApplication::number>("number")}; }
};

// «Из моих документов» for the documents the agency asked about `number`.
struct UploadDocument {
  static constexpr std::string_view type = "upload_document";
  std::optional<std::string> number, id;
  static constexpr auto args() {
    return std::array{arg<&UploadDocument::number>("number"), arg<&UploadDocument::id>("id")};
  }
};

// Takes a chosen file back out of what will be sent for `number`.
struct UploadRemove {
  static constexpr std::string_view type = "upload_remove";
  std::optional<std::string> number;
  std::optional<int64_t> index;
  static constexpr auto args() {
    return std::array{arg<&UploadRemove::number>("number"), arg<&UploadRemove::index>("index")};
  }
};

// «Отправить документы»: the files chosen for `number` to the agency, which reviews the application again.
struct UploadSend {
  static constexpr std::string_view type = "upload_send";
  std::optional<std::string> number;
  static constexpr auto args() { return std::array{arg<&UploadSend::number>("number")}; }
};

// The sandbox agency's developer switch: every `every`-th call (1 to 100) fails
// with `fault` (none, drop_request, drop_response, reject). A real agency ignores it.
struct SandboxFault {
  static constexpr std::string_view type = "sandbox_fault";
  std::optional<std::string> fault;
  std::optional<int64_t> every;
  static constexpr auto args() {
    return std::array{arg<&SandboxFault::fault>("fault"), arg<&SandboxFault::every>("every")};
  }
};

// «Исправить и отправить повторно»: the data of `number` (the agency asked for a
// correction or refused it) as a new draft linked to it; sent, it replaces it.
struct CorrectApplication {
  static constexpr std::string_view type = "correct_application";
  std::optional<std::string> number;
  static constexpr auto args() { return std::array{arg<&CorrectApplication::number>("number")}; }
};

// The sandbox agency's developer switch: a review asks for a better copy of a
// file in one application with a file in `every` (0 never, 1 always, up to 100).
struct SandboxDocuments {
  static constexpr std::string_view type = "sandbox_documents";
  std::optional<int64_t> every;
  static constexpr auto args() { return std::array{arg<&SandboxDocuments::every>("every")}; }
};

// The sandbox agency decides `hours` (1 to 720) sooner; the Runtime then syncs.
struct FastForwardSandbox {
  static constexpr std::string_view type = "sandbox_fast_forward";
  std::optional<int64_t> hours;
  static constexpr auto args() { return std::array{arg<&FastForwardSandbox::hours>("hours")}; }
};

using FormsActions =
    std::variant<CatalogSearch, CatalogFilter, ToggleFavourite, SaveFilter, ApplyFilter, DeleteFilter, OpenService,
                 SetApplicationsTab, ApplicationsShow, StartForm, ResumeDraft, DeleteDraft, SetField, AddGroupItem,
                 RemoveGroupItem, CheckStep, NextStep, PreviousStep, GotoStep, SubmitForm, AttachFile, DropFile,
                 AttachDocument, RemoveAttachment, SetProfileData, CloseJourney, SyncAgencyNow, SendApplicationMessage,
                 FastForwardSandbox, CancelApplication, ResendApplication, UploadDocument, UploadRemove, UploadSend,
                 SandboxFault, CorrectApplication, SandboxDocuments>;

}  // namespace cabinet::app
