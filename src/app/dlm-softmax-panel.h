/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic-panel.h"

G_BEGIN_DECLS

#define DLM_TYPE_SOFTMAX_PANEL (dlm_softmax_panel_get_type ())

G_DECLARE_FINAL_TYPE (DlmSoftmaxPanel, dlm_softmax_panel, DLM, SOFTMAX_PANEL, DlmTopicPanel)

G_END_DECLS
