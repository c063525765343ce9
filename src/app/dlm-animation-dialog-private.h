/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-animation-dialog.h"
#include "dlm-animation.h"

G_BEGIN_DECLS

/* For the UI tests: the fields a message can stand under, the plan the
 * fields show, the parts by their template names, and an export to a
 * path without the file chooser. */
typedef enum {
  DLM_ANIMATION_FIELD_FPS,
  DLM_ANIMATION_FIELD_DURATION,
  DLM_ANIMATION_FIELD_RANGE,
  DLM_ANIMATION_FIELD_WIDTH,
  DLM_ANIMATION_FIELD_HEIGHT,
  DLM_ANIMATION_N_FIELDS
} DlmAnimationField;

const char         *dlm_animation_dialog_get_error     (DlmAnimationDialog *self,
                                                        DlmAnimationField   field);
const DlmFramePlan *dlm_animation_dialog_get_plan      (DlmAnimationDialog *self);
gboolean            dlm_animation_dialog_is_exporting  (DlmAnimationDialog *self);
GtkWidget          *dlm_animation_dialog_get_part      (DlmAnimationDialog *self,
                                                        const char         *name);
void                dlm_animation_dialog_export_to     (DlmAnimationDialog *self,
                                                        const char         *path);

G_END_DECLS
