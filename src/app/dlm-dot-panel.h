/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic-panel.h"

G_BEGIN_DECLS

#define DLM_TYPE_DOT_PANEL (dlm_dot_panel_get_type ())

G_DECLARE_FINAL_TYPE (DlmDotPanel, dlm_dot_panel, DLM, DOT_PANEL, DlmTopicPanel)

G_END_DECLS
