/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-window.h"

G_BEGIN_DECLS

#define DLM_TYPE_SLIDE_LIST (dlm_slide_list_get_type ())

G_DECLARE_FINAL_TYPE (DlmSlideList, dlm_slide_list, DLM, SLIDE_LIST, GtkWidget)

/* Every slide of the lesson (each topic's views, in the sidebar's
 * order), under its topic's title; a click goes to the slide (the
 * window's win.go-to-slide action). */
GtkWidget  *dlm_slide_list_new        (DlmWindow    *window);
void        dlm_slide_list_select     (DlmSlideList *self,
                                       const char   *topic_id,
                                       int           view);
/* The selected slide as "topic:view", or NULL. */
char       *dlm_slide_list_get_selected (DlmSlideList *self);
guint       dlm_slide_list_get_n_slides (DlmSlideList *self);

/* “Softmax · 2 / 3”: the topic's title, and which of its views @view is. */
char       *dlm_slide_caption         (DlmTopic     *topic,
                                       int           view);
/* The view's name as its topic's controls show it, e.g. “Classifier”. */
const char *dlm_slide_view_name       (DlmTopic     *topic,
                                       const char   *view);

G_END_DECLS
