/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-presenter.h"
#include "dlm-topic-page.h"
#include "dlm-welcome-card.h"
#include "dlm-window.h"

G_BEGIN_DECLS

/* For the UI tests: the parts of the window they drive and inspect. */
GtkListBox    *dlm_window_get_sidebar   (DlmWindow  *self);
GtkSpinButton *dlm_window_get_seed_spin (DlmWindow  *self);
DlmTopicPage  *dlm_window_get_page      (DlmWindow  *self);
DlmTopic      *dlm_window_get_topic     (DlmWindow  *self,
                                         const char *id);
AdwLeaflet    *dlm_window_get_leaflet   (DlmWindow  *self);
DlmPresenter  *dlm_window_get_presenter (DlmWindow  *self);
DlmWelcomeCard *dlm_window_get_welcome_card (DlmWindow *self);
AdwFlap       *dlm_window_get_flap            (DlmWindow *self);
GtkWidget     *dlm_window_get_controls_column (DlmWindow *self);
GtkWidget     *dlm_window_get_seed_box        (DlmWindow *self);
GtkWidget     *dlm_window_get_content_header  (DlmWindow *self);

GtkShortcutsWindow *dlm_window_get_shortcuts_window (DlmWindow *self);

G_END_DECLS
