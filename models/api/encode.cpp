#include "encode.h"
