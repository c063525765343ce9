/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic-panel.h"

G_BEGIN_DECLS

#define DLM_TYPE_SAMPLING_PANEL (dlm_sampling_panel_get_type ())

G_DECLARE_FINAL_TYPE (DlmSamplingPanel, dlm_sampling_panel, DLM, SAMPLING_PANEL, DlmTopicPanel)

G_END_DECLS
