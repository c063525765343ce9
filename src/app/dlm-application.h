/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DLM_TYPE_APPLICATION (dlm_application_get_type ())

G_DECLARE_FINAL_TYPE (DlmApplication, dlm_application, DLM, APPLICATION, AdwApplication)

DlmApplication *dlm_application_new          (const char     *initial_topic);
GSettings      *dlm_application_get_settings (DlmApplication *self);

G_END_DECLS
