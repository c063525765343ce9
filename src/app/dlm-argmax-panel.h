/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic-panel.h"

G_BEGIN_DECLS

#define DLM_TYPE_ARGMAX_PANEL (dlm_argmax_panel_get_type ())

G_DECLARE_FINAL_TYPE (DlmArgmaxPanel, dlm_argmax_panel, DLM, ARGMAX_PANEL, DlmTopicPanel)

G_END_DECLS
