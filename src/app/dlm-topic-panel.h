/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dlm-param-binding.h"
#include "dlm-topic.h"

G_BEGIN_DECLS

#define DLM_TYPE_TOPIC_PANEL (dlm_topic_panel_get_type ())

G_DECLARE_DERIVABLE_TYPE (DlmTopicPanel, dlm_topic_panel, DLM, TOPIC_PANEL, GtkWidget)

/* The base of every topic's controls panel: owns the parameter bindings,
 * the "param.<key>" actions for choices and the "panel.restore" action. */
struct _DlmTopicPanelClass
{
  GtkWidgetClass parent_class;
};

DlmTopic        *dlm_topic_panel_get_topic         (DlmTopicPanel *self);
void             dlm_topic_panel_bind_editable     (DlmTopicPanel *self,
                                                    const char    *key,
                                                    GtkEditable   *editable,
                                                    GtkLabel      *error_label);
void             dlm_topic_panel_bind_spin_button  (DlmTopicPanel *self,
                                                    const char    *key,
                                                    GtkSpinButton *spin,
                                                    GtkWidget     *row,
                                                    GtkLabel      *error_label);
void             dlm_topic_panel_bind_choice       (DlmTopicPanel *self,
                                                    const char    *key,
                                                    GtkLabel      *error_label);
void             dlm_topic_panel_show_when         (DlmTopicPanel *self,
                                                    GtkWidget     *widget,
                                                    const char    *key,
                                                    const char    *values);
DlmParamBinding *dlm_topic_panel_get_binding       (DlmTopicPanel *self,
                                                    const char    *key);
DlmParamBinding *dlm_topic_panel_get_data_binding  (DlmTopicPanel *self);
void             dlm_topic_panel_restore_defaults  (DlmTopicPanel *self);

G_END_DECLS
