/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dlm-application.h"

G_BEGIN_DECLS

#define DLM_TYPE_WINDOW (dlm_window_get_type ())

G_DECLARE_FINAL_TYPE (DlmWindow, dlm_window, DLM, WINDOW, AdwApplicationWindow)

DlmWindow  *dlm_window_new          (DlmApplication *application);
gboolean    dlm_window_select_topic (DlmWindow      *self,
                                     const char     *id);
const char *dlm_window_get_topic_id (DlmWindow      *self);

G_END_DECLS
