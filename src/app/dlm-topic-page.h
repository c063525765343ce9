/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dlm-code-card.h"
#include "dlm-formula-card.h"
#include "dlm-plot-view.h"
#include "dlm-topic-panel.h"

G_BEGIN_DECLS

#define DLM_TYPE_TOPIC_PAGE (dlm_topic_page_get_type ())

G_DECLARE_FINAL_TYPE (DlmTopicPage, dlm_topic_page, DLM, TOPIC_PAGE, GtkWidget)

/* One topic on screen: its plot with the formula and code cards below. The page
 * also builds the topic's controls panel, which the window shows in its
 * controls column (one for all topics) while the page is on screen. */
GtkWidget      *dlm_topic_page_new              (DlmTopic     *topic,
                                                 GType         panel_type);
DlmTopic       *dlm_topic_page_get_topic        (DlmTopicPage *self);
DlmPlotView    *dlm_topic_page_get_plot_view    (DlmTopicPage *self);
DlmFormulaCard *dlm_topic_page_get_formula_card (DlmTopicPage *self);
DlmCodeCard    *dlm_topic_page_get_code_card    (DlmTopicPage *self);
DlmTopicPanel  *dlm_topic_page_get_panel        (DlmTopicPage *self);
void            dlm_topic_page_set_theme_kind   (DlmTopicPage *self,
                                                 DlmThemeKind  kind);
/* Presentation mode and zoom: the figure's and formula's scale, and
 * whether the controls column shows with this page (the "show-controls"
 * property, which the window follows). */
void            dlm_topic_page_set_zoom         (DlmTopicPage *self,
                                                 double        zoom);
gboolean        dlm_topic_page_get_show_controls (DlmTopicPage *self);
void            dlm_topic_page_set_show_controls (DlmTopicPage *self,
                                                 gboolean      show);

G_END_DECLS
