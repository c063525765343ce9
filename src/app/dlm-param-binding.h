/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dlm-topic.h"

G_BEGIN_DECLS

#define DLM_TYPE_PARAM_BINDING (dlm_param_binding_get_type ())

G_DECLARE_FINAL_TYPE (DlmParamBinding, dlm_param_binding, DLM, PARAM_BINDING, GObject)

/* Connects one control to one topic parameter. Edits go through
 * dlm_topic_set_param(); a refusal is shown in @error_label (and as the
 * `error` style class on @row) while the user's text stays for fixing; a
 * change made elsewhere updates the control. */
DlmParamBinding *dlm_param_binding_new_for_editable    (DlmTopic        *topic,
                                                        const char      *key,
                                                        GtkEditable     *editable,
                                                        GtkWidget       *row,
                                                        GtkLabel        *error_label);
DlmParamBinding *dlm_param_binding_new_for_spin_button (DlmTopic        *topic,
                                                        const char      *key,
                                                        GtkSpinButton   *spin,
                                                        GtkWidget       *row,
                                                        GtkLabel        *error_label);
/* A stateful string action named @key, for radio buttons with action targets. */
DlmParamBinding *dlm_param_binding_new_for_action      (DlmTopic        *topic,
                                                        const char      *key,
                                                        GtkLabel        *error_label);
DlmTopic        *dlm_param_binding_get_topic           (DlmParamBinding *self);
const char      *dlm_param_binding_get_key             (DlmParamBinding *self);
GtkWidget       *dlm_param_binding_get_input           (DlmParamBinding *self);
GAction         *dlm_param_binding_get_action          (DlmParamBinding *self);
const char      *dlm_param_binding_get_error           (DlmParamBinding *self);
gboolean         dlm_param_binding_apply               (DlmParamBinding *self,
                                                        const char      *text);
void             dlm_param_binding_sync                (DlmParamBinding *self);
/* Fields that take a file (see dlm_topic_data_field()): an editable row
 * gets an "Open data…" button and takes dropped files. */
gboolean         dlm_param_binding_takes_file          (DlmParamBinding *self);
void             dlm_param_binding_load_file           (DlmParamBinding *self,
                                                        GFile           *file);
gboolean         dlm_param_binding_is_loading          (DlmParamBinding *self);
void             dlm_param_binding_accept_drops        (DlmParamBinding *self,
                                                        GtkWidget       *widget);

G_END_DECLS
