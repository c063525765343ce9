/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dlm-topic.h"

G_BEGIN_DECLS

#define DLM_TYPE_COMPUTE_BAR (dlm_compute_bar_get_type ())

G_DECLARE_FINAL_TYPE (DlmComputeBar, dlm_compute_bar, DLM, COMPUTE_BAR, GtkWidget)

/* Progress and a stop button for a topic's heavy work (see
 * dlm_topic_compute()). Giving it a topic puts that topic's work in the
 * background, so the window keeps drawing; the bar shows itself only while
 * the work is under way. */
GtkWidget *dlm_compute_bar_new       (void);
void       dlm_compute_bar_set_topic (DlmComputeBar *self,
                                      DlmTopic      *topic);

G_END_DECLS
