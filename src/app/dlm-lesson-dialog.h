/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DLM_TYPE_LESSON_DIALOG (dlm_lesson_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DlmLessonDialog, dlm_lesson_dialog, DLM, LESSON_DIALOG, AdwWindow)

/* Export Lesson…: the whole lesson (the topics ticked, all at first) as a
 * PDF deck of slides or a printed handout, drawn with the default
 * parameters and @seed on a worker thread, with progress and Cancel; the
 * file is written only when it is complete. Success is a toast in
 * @toasts, a failure a message in the dialog. */
GtkWidget *dlm_lesson_dialog_new (GtkWindow       *parent,
                                  AdwToastOverlay *toasts,
                                  guint32          seed);

G_END_DECLS
