/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-presenter.h"
#include "dlm-stage-window.h"

G_BEGIN_DECLS

/* For the UI tests: a shorter idle time, and what presenting set up. */
void            dlm_presenter_set_idle_timeout      (DlmPresenter *self,
                                                     guint         ms);
gboolean        dlm_presenter_get_idle              (DlmPresenter *self);
double          dlm_presenter_get_presentation_zoom (DlmPresenter *self);
DlmStageWindow *dlm_presenter_get_stage             (DlmPresenter *self);
GtkWidget      *dlm_presenter_get_slide_list        (DlmPresenter *self);

G_END_DECLS
