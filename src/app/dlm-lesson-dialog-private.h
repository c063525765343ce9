/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-lesson-dialog.h"

G_BEGIN_DECLS

/* For the tests: what the Export… button leads to once a file is chosen,
 * whether it is enabled, and whether a lesson is being written. */
void      dlm_lesson_dialog_export_to  (DlmLessonDialog *self,
                                        const char      *path);
gboolean  dlm_lesson_dialog_can_export (DlmLessonDialog *self);
gboolean  dlm_lesson_dialog_is_running (DlmLessonDialog *self);

G_END_DECLS
