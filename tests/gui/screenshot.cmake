# `kurir --screenshot` writes a PNG of the window at the asked step and size, then exits,
# without a display. Run: cmake -DKURIR=... -DOUT=... -P screenshot.cmake
file(REMOVE ${OUT})
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
            ${KURIR} gmail-to-yahoo --lang id --step 20 --size 800x600 --screenshot ${OUT}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 0 OR NOT EXISTS ${OUT})
    message(FATAL_ERROR "exit code ${rc}, no picture at ${OUT}\nstderr: ${err}")
endif()
file(READ ${OUT} header LIMIT 24 HEX)
# PNG signature, then the IHDR chunk with the width (800 = 0x320) and height (600 = 0x258).
if(NOT header MATCHES "^89504e470d0a1a0a0000000d4948445200000320" OR NOT header MATCHES "00000258$")
    message(FATAL_ERROR "not an 800x600 PNG: ${header}")
endif()

# A scenario that cannot be loaded: exit 2 and the located errors, no picture.
file(REMOVE ${OUT})
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
            ${KURIR} /nonexistent/lesson.json --lang en --screenshot ${OUT}
    RESULT_VARIABLE rc ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 2 OR EXISTS ${OUT} OR NOT err MATCHES "lesson.json")
    message(FATAL_ERROR "bad scenario: exit code ${rc}\nstderr: ${err}")
endif()
