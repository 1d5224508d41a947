#pragma once
// Internal to update(): Услуги and Заявления's typed handlers (forms/*.cpp).
#include "app/forms/actions.hpp"
#include "app/kernel/handlers.hpp"

namespace cabinet::app {

// The catalog and Заявления's screen (catalog.cpp).
void handle(AppState& state, const CatalogSearch& action, Effects& effects);
void handle(AppState& state, const CatalogFilter& action, Effects& effects);
void handle(AppState& state, const ToggleFavourite& action, Effects& effects);
void handle(AppState& state, const SaveFilter& action, Effects& effects);
void handle(AppState& state, const ApplyFilter& action, Effects& effects);
void handle(AppState& state, const DeleteFilter& action, Effects& effects);
void handle(AppState& state, const OpenService& action, Effects& effects);
void handle(AppState& state, const SetApplicationsTab& action, Effects& effects);
void handle(AppState& state, const ApplicationsShow& action, Effects& effects);

// The journey, drafts and attachments (update.cpp).
void handle(AppState& state, const StartForm& action, Effects& effects);
void handle(AppState& state, const ResumeDraft& action, Effects& effects);
void handle(AppState& state, const DeleteDraft& action, Effects& effects);
void handle(AppState& state, const SetField& action, Effects& effects);
void handle(AppState& state, const AddGroupItem& action, Effects& effects);
void handle(AppState& state, const RemoveGroupItem& action, Effects& effects);
void handle(AppState& state, const CheckStep& action, Effects& effects);
void handle(AppState& state, const NextStep& action, Effects& effects);
void handle(AppState& state, const PreviousStep& action, Effects& effects);
void handle(AppState& state, const GotoStep& action, Effects& effects);
void handle(AppState& state, const SubmitForm& action, Effects& effects);
void handle(AppState& state, const AttachFile& action, Effects& effects);
void handle(AppState& state, const DropFile& action, Effects& effects);
void handle(AppState& state, const AttachDocument& action, Effects& effects);
void handle(AppState& state, const RemoveAttachment& action, Effects& effects);
void handle(AppState& state, const SetProfileData& action, Effects& effects);
void handle(AppState& state, const CloseJourney& action, Effects& effects);
void handle(AppState& state, const CorrectApplication& action, Effects& effects);

// The applications' tracking (tracking.cpp).
void handle(AppState& state, const SyncAgencyNow& action, Effects& effects);
void handle(AppState& state, const SendApplicationMessage& action, Effects& effects);
void handle(AppState& state, const FastForwardSandbox& action, Effects& effects);
void handle(AppState& state, const CancelApplication& action, Effects& effects);
void handle(AppState& state, const ResendApplication& action, Effects& effects);
void handle(AppState& state, const UploadDocument& action, Effects& effects);
void handle(AppState& state, const UploadRemove& action, Effects& effects);
void handle(AppState& state, const UploadSend& action, Effects& effects);
void handle(AppState& state, const SandboxFault& action, Effects& effects);
void handle(AppState& state, const SandboxDocuments& action, Effects& effects);

// attach_file's field for «Загрузить документы» of an application: "application:<number>".
inline constexpr std::string_view kUploadFieldPrefix = "application:";
// A file from the picker for the documents the agency asked about `number`.
void upload_take_file(AppState& state, const std::string& number, const CarriedFile& file, Effects& effects);

// «на электронную почту»: a done application's result by email, once (result_copy.cpp).
void send_result_copy(AppState& state, Effects& effects, const std::string& number);

}  // namespace cabinet::app
